// Bytes from a server, split into random packets, through LineFramer and the JSON-RPC reply helpers.
#include "FuzzCheck.h"
#include "electrum/JsonRpc.h"
#include "electrum/LineFramer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

namespace btcw {
namespace {

// Everything the session does with one message it received.
void inspectMessage(const QJsonObject& message)
{
    const qint64 id = jsonrpc::replyId(message);
    BTCW_FUZZ_CHECK(id >= -1);
    if (jsonrpc::isNotification(message))
        BTCW_FUZZ_CHECK(id == -1);
    const auto result = jsonrpc::replyResult(message);
    if (!result)
        BTCW_FUZZ_CHECK(!result.error().message.isEmpty());
}

void inspectLine(const QByteArray& line)
{
    const auto parsed = jsonrpc::parseLine(line);
    if (!parsed) {
        BTCW_FUZZ_CHECK(parsed.error().kind == ErrorKind::Protocol);
        return;
    }
    const QJsonValue& value = parsed.value();
    BTCW_FUZZ_CHECK(value.isObject() || value.isArray());
    if (value.isObject()) {
        inspectMessage(value.toObject());
        return;
    }
    for (const QJsonValue& element : value.toArray()) { // a batch reply
        if (element.isObject())
            inspectMessage(element.toObject());
    }
}

// Feeds `bytes` in packets whose sizes come from a tiny generator seeded by the input; returns the lines, or
// false on a too-long-line error.
bool feedInPackets(const QByteArray& bytes, qint64 cap, quint32 seed, QList<QByteArray>* lines)
{
    LineFramer framer(cap);
    qsizetype offset = 0;
    quint32 state = seed | 1u;
    while (offset < bytes.size()) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype packet = qMin<qsizetype>(bytes.size() - offset, 1 + qsizetype(state % 64));
        auto fed = framer.feed(bytes.mid(offset, packet));
        if (!fed) {
            BTCW_FUZZ_CHECK(fed.error().kind == ErrorKind::TooLarge);
            return false;
        }
        lines->append(fed.value());
        offset += packet;
        BTCW_FUZZ_CHECK(framer.buffered() <= cap);
    }
    return true;
}

void fuzzOne(const uint8_t* data, size_t size)
{
    if (size < 3)
        return;
    // Byte 0 picks the line cap (small caps reach the too-long path), bytes 1-2 seed the packet sizes.
    const qint64 cap = 8 + qint64(data[0]) * 16;
    const quint32 seed = quint32(data[1]) << 8 | data[2];
    const QByteArray bytes(reinterpret_cast<const char*>(data + 3), qsizetype(size - 3));

    QList<QByteArray> chunked;
    const bool chunkedOk = feedInPackets(bytes, cap, seed, &chunked);

    // The same bytes in one packet must give the same lines: framing may not depend on how TCP splits the stream.
    LineFramer whole(cap);
    const auto wholeLines = whole.feed(bytes);
    BTCW_FUZZ_CHECK(chunkedOk == wholeLines.ok());
    if (!chunkedOk)
        return;
    BTCW_FUZZ_CHECK(chunked == wholeLines.value());

    for (const QByteArray& line : chunked) {
        BTCW_FUZZ_CHECK(!line.isEmpty());
        BTCW_FUZZ_CHECK(!line.contains('\n'));
        BTCW_FUZZ_CHECK(line.size() <= cap);
        inspectLine(line);
    }
}

} // namespace
} // namespace btcw

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    btcw::fuzzOne(data, size);
    return 0;
}
