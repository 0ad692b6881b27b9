#pragma once

#include <QString>

#include <vector>

class QPainter;
class QRectF;

namespace pmc::app {

/// A QR code (libqrencode, error correction level M) as a square of dark/light modules, for
/// printed forms to carry an order number a scanner can read. Empty when pmc_app was built
/// without libqrencode or the text cannot be encoded. Plain data, safe on any thread.
class QrCode {
public:
    explicit QrCode(const QString& text);

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; } ///< modules per side
    bool isDark(int row, int column) const { return m_modules[std::size_t(row * m_size + column)]; }
    /// Paints the code as filled black squares, centred in `square` with a quiet zone of two
    /// modules; paints nothing when empty.
    void paint(QPainter& painter, const QRectF& square) const;

private:
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace pmc::app
