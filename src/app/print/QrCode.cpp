#include "app/print/QrCode.h"

#include <QPainter>
#include <QRectF>

#ifdef PMC_HAS_QRENCODE
#include <qrencode.h>
#endif

#include <algorithm>

namespace pmc::app {

QrCode::QrCode(const QString& text)
{
#ifdef PMC_HAS_QRENCODE
    const QByteArray utf8 = text.toUtf8();
    QRcode* code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_modules.resize(std::size_t(m_size) * std::size_t(m_size));
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits describe its role.
    for (std::size_t i = 0; i < m_modules.size(); ++i)
        m_modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
#else
    (void)text;
#endif
}

void QrCode::paint(QPainter& painter, const QRectF& square) const
{
    if (isEmpty())
        return;
    const double side = std::min(square.width(), square.height());
    const double module = side / (m_size + 4);
    const QPointF origin(square.center().x() - module * m_size / 2, square.center().y() - module * m_size / 2);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int row = 0; row < m_size; ++row)
        for (int column = 0; column < m_size; ++column)
            if (isDark(row, column))
                // A hair wider than a module, so neighbouring squares leave no white seams.
                painter.drawRect(QRectF(origin.x() + column * module, origin.y() + row * module, module * 1.02,
                                        module * 1.02));
    painter.restore();
}

} // namespace pmc::app
