#include "LineFramer.h"

namespace btcw {

static Error lineTooLong(qint64 cap)
{
    return Error::make(ErrorKind::TooLarge, QStringLiteral("The server sent a line longer than %1 bytes.").arg(cap));
}

Result<QList<QByteArray>> LineFramer::feed(const QByteArray& bytes)
{
    m_buffer.append(bytes);
    QList<QByteArray> lines;
    qsizetype start = 0;
    // Bytes before m_scanned were searched on an earlier call: a long line arriving in small packets stays O(n).
    for (qsizetype newline; (newline = m_buffer.indexOf('\n', qMax(start, m_scanned))) >= 0; start = newline + 1) {
        if (newline - start > m_maxLineBytes)
            return lineTooLong(m_maxLineBytes);
        qsizetype end = newline;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end > start)
            lines.append(m_buffer.mid(start, end - start));
    }
    m_buffer.remove(0, start);
    m_scanned = m_buffer.size();
    if (m_buffer.size() > m_maxLineBytes)
        return lineTooLong(m_maxLineBytes);
    return lines;
}

} // namespace btcw
