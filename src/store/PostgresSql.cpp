#include "store/PostgresSql.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace pmc::store {

namespace {

enum class TokenKind { Space, Comment, Literal, Word, Parameter, Symbol };

struct Token {
    TokenKind kind;
    std::string text;
};

bool isWordStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool isWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::size_t quotedEnd(std::string_view sql, std::size_t start)
{
    const char quote = sql[start];
    std::size_t i = start + 1;
    while (i < sql.size()) {
        if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote) {
                i += 2; // a doubled quote is part of the text
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

std::vector<Token> tokenize(std::string_view sql)
{
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        std::size_t end = i + 1;
        TokenKind kind = TokenKind::Symbol;
        if (std::isspace(static_cast<unsigned char>(c))) {
            while (end < sql.size() && std::isspace(static_cast<unsigned char>(sql[end])))
                ++end;
            kind = TokenKind::Space;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            end = sql.find('\n', i);
            end = end == std::string_view::npos ? sql.size() : end;
            kind = TokenKind::Comment;
        } else if (c == '\'' || c == '"') {
            end = quotedEnd(sql, i);
            kind = TokenKind::Literal;
        } else if (isWordStart(c)) {
            while (end < sql.size() && isWordChar(sql[end]))
                ++end;
            kind = TokenKind::Word;
        } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
            end = i + 2; // a cast, not a parameter
        } else if (c == ':' && i + 1 < sql.size() && isWordStart(sql[i + 1])) {
            while (end < sql.size() && isWordChar(sql[end]))
                ++end;
            kind = TokenKind::Parameter;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (end < sql.size() && (isWordChar(sql[end]) || sql[end] == '.'))
                ++end;
            kind = TokenKind::Word;
        } else if ((c == '=' || c == '!' || c == '<' || c == '>' || c == '|') && i + 1 < sql.size()
                   && (sql[i + 1] == '=' || sql[i + 1] == '>' || sql[i + 1] == '|')) {
            end = i + 2;
        }
        tokens.push_back({kind, std::string(sql.substr(i, end - i))});
        i = end;
    }
    return tokens;
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

/// Reads the tokens after a position, skipping spaces and comments.
class Cursor {
public:
    Cursor(const std::vector<Token>& tokens, std::size_t from)
        : m_tokens(tokens), m_at(from)
    {
    }
    /// The next meaningful token's index, or tokens.size().
    std::size_t next()
    {
        while (m_at < m_tokens.size()
               && (m_tokens[m_at].kind == TokenKind::Space || m_tokens[m_at].kind == TokenKind::Comment))
            ++m_at;
        return m_at++;
    }
    std::string peekWord()
    {
        const std::size_t saved = m_at;
        const std::size_t i = next();
        m_at = saved;
        return i < m_tokens.size() && m_tokens[i].kind == TokenKind::Word ? upper(m_tokens[i].text) : std::string();
    }
    bool isSymbol(std::size_t i, const char* symbol) const
    {
        return i < m_tokens.size() && m_tokens[i].kind == TokenKind::Symbol && m_tokens[i].text == symbol;
    }
    std::size_t at() const { return m_at; }

private:
    const std::vector<Token>& m_tokens;
    std::size_t m_at;
};

/// Index just past the parenthesised group opening at `open`; counts its top-level commas.
std::size_t groupEnd(const std::vector<Token>& tokens, std::size_t open, int* commas = nullptr)
{
    int depth = 0;
    for (std::size_t i = open; i < tokens.size(); ++i) {
        if (tokens[i].kind != TokenKind::Symbol)
            continue;
        if (tokens[i].text == "(")
            ++depth;
        else if (tokens[i].text == ")" && --depth == 0)
            return i + 1;
        else if (tokens[i].text == "," && depth == 1 && commas)
            ++*commas;
    }
    return tokens.size();
}

/// Index just past `REFERENCES table (columns) [ON DELETE/UPDATE action]...` starting at the
/// word REFERENCES.
std::size_t referencesEnd(const std::vector<Token>& tokens, std::size_t references)
{
    Cursor cursor(tokens, references + 1);
    cursor.next(); // the table
    std::size_t end = cursor.at();
    const std::size_t open = cursor.next();
    if (cursor.isSymbol(open, "("))
        end = groupEnd(tokens, open);
    for (;;) {
        Cursor on(tokens, end);
        if (on.peekWord() != "ON")
            return end;
        on.next();
        const std::string event = on.peekWord();
        if (event != "DELETE" && event != "UPDATE")
            return end;
        on.next();
        const std::string action = on.peekWord();
        on.next();
        if (action == "SET" || action == "NO")
            on.next(); // SET NULL, SET DEFAULT, NO ACTION
        end = on.at();
    }
}

} // namespace

PostgresStatement toPostgres(std::string_view sqliteSql)
{
    const std::vector<Token> tokens = tokenize(sqliteSql);
    PostgresStatement out;
    std::map<std::string, std::size_t> numbers;
    std::vector<std::size_t> deferrableAt; // token indexes after which DEFERRABLE goes
    bool firstWord = true;
    bool schema = false; // CREATE or ALTER: column types are being declared
    std::string& sql = out.sql;
    sql.reserve(sqliteSql.size() + 32);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::Symbol && token.text == ";")
            firstWord = true;
        if (token.kind == TokenKind::Parameter) {
            auto [it, added] = numbers.try_emplace(token.text, out.parameters.size() + 1);
            if (added)
                out.parameters.push_back(token.text);
            sql += '$' + std::to_string(it->second);
        } else if (token.kind == TokenKind::Symbol && token.text == "==") {
            sql += '=';
        } else if (token.kind != TokenKind::Word) {
            sql += token.text;
        } else {
            const std::string word = upper(token.text);
            if (firstWord) {
                schema = word == "CREATE" || word == "ALTER";
                firstWord = false;
            }
            Cursor after(tokens, i + 1);
            if (word == "INTEGER" && after.peekWord() == "PRIMARY")
                sql += "BIGINT GENERATED BY DEFAULT AS IDENTITY";
            else if (word == "INTEGER")
                sql += "BIGINT";
            else if (word == "REAL")
                sql += "DOUBLE PRECISION";
            else if (word == "TEXT" && schema)
                sql += "TEXT COLLATE \"C\"";
            else if (word == "IFNULL")
                sql += "coalesce";
            else if (word == "LIKE")
                sql += "ILIKE";
            else if (word == "IS") {
                sql += token.text;
                std::string operand = after.peekWord();
                if (operand == "NOT") {
                    Cursor notAfter(tokens, after.at());
                    notAfter.next();
                    operand = notAfter.peekWord();
                    if (operand != "NULL" && operand != "TRUE" && operand != "FALSE" && operand != "DISTINCT") {
                        const std::size_t notToken = after.next();
                        sql += tokens[notToken - 1].kind == TokenKind::Space ? tokens[notToken - 1].text : " ";
                        sql += "DISTINCT FROM";
                        i = notToken;
                    }
                } else if (operand != "NULL" && operand != "TRUE" && operand != "FALSE" && operand != "DISTINCT") {
                    sql += " NOT DISTINCT FROM";
                }
            } else if ((word == "MAX" || word == "MIN") && after.isSymbol(after.next(), "(")) {
                int commas = 0;
                groupEnd(tokens, after.at() - 1, &commas);
                sql += commas > 0 ? (word == "MAX" ? "GREATEST" : "LEAST") : token.text;
            } else {
                sql += token.text;
            }
            if (word == "REFERENCES" && schema)
                deferrableAt.push_back(referencesEnd(tokens, i));
        }
        if (!deferrableAt.empty() && deferrableAt.front() == i + 1) {
            sql += " DEFERRABLE INITIALLY IMMEDIATE";
            deferrableAt.erase(deferrableAt.begin());
        }
    }
    return out;
}

} // namespace pmc::store
