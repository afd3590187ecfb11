// Splits a byte stream into newline-terminated lines, with a cap on line length.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>

namespace btcw {

class LineFramer
{
public:
    explicit LineFramer(qint64 maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

    // Appends bytes and returns the lines completed by them ('\n' removed, a trailing '\r' too, empty lines
    // skipped). A line longer than the cap is an error; the framer is then unusable.
    Result<QList<QByteArray>> feed(const QByteArray& bytes);

    qint64 buffered() const { return m_buffer.size(); }
    qint64 maxLineBytes() const { return m_maxLineBytes; }

private:
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already known to hold no '\n'
    qint64 m_maxLineBytes;
};

} // namespace btcw
