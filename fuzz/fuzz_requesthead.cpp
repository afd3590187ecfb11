// The HTTP request-head gate (inspectRequestHead, hostOfHostHeader) on arbitrary bytes, as a client could send them.
#include "BatchRequest.h"
#include "FuzzCheck.h"
#include "RequestHead.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace btcw;
    // Small limits, so the fuzzer reaches every refusal with short inputs.
    RequestLimits limits;
    limits.maxUrlBytes = 64;
    limits.maxHeaderBytes = 256;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QByteArray seen = bytes.left(limits.maxHeaderBytes + 4); // what the gate keeps of a head
    const HeadVerdict verdict = inspectRequestHead(seen, bytes.size(), limits);

    // The one request that may carry a body: POST /electrum/batch (origin form; absolute form is not seeded).
    const bool batch = bytes.startsWith(QByteArray("POST ") + kBatchPath + ' ') ||
                       bytes.startsWith(QByteArray("POST ") + kBatchPath + '?');
    // The request target: what lies between the first two spaces of the first line.
    const QList<QByteArray> firstLine = bytes.left(bytes.indexOf('\n')).split(' ');
    const QByteArray target = firstLine.value(1);
    switch (verdict.kind) {
    case HeadVerdict::Kind::Incomplete:
        if (verdict.size > 0) {
            // A whole head waiting for the body it declares: only a batch, only while the body is short.
            BTCW_FUZZ_CHECK(batch || bytes.toLower().startsWith("post http://"));
            BTCW_FUZZ_CHECK(!target.contains('#'));
            BTCW_FUZZ_CHECK(verdict.bodySize <= kMaxBatchBodyBytes);
            BTCW_FUZZ_CHECK(bytes.size() < verdict.size + verdict.bodySize);
            break;
        }
        // Waiting for a head is only right while no blank line has arrived and the head is within its limit.
        BTCW_FUZZ_CHECK(!verdict.expectContinue && verdict.bodySize == 0);
        BTCW_FUZZ_CHECK(bytes.size() <= limits.maxHeaderBytes);
        BTCW_FUZZ_CHECK(!seen.contains("\r\n\r\n") && !seen.contains("\n\n"));
        break;
    case HeadVerdict::Kind::Rejected:
        BTCW_FUZZ_CHECK(!verdict.detail.isEmpty());
        BTCW_FUZZ_CHECK(verdict.detail.size() < 200); // never echoes the input back
        break;
    case HeadVerdict::Kind::Complete: {
        BTCW_FUZZ_CHECK(!target.contains('#')); // a fragment is refused: parsers disagree on where the path ends
        // One head (and a batch's body), nothing after it, within the limits, with a path or absolute target and at
        // most one Host.
        BTCW_FUZZ_CHECK(verdict.size + verdict.bodySize == bytes.size());
        BTCW_FUZZ_CHECK(verdict.size <= limits.maxHeaderBytes);
        BTCW_FUZZ_CHECK(verdict.bodySize == 0 || batch || bytes.toLower().startsWith("post http://"));
        BTCW_FUZZ_CHECK(verdict.bodySize <= kMaxBatchBodyBytes);
        const QByteArray head = bytes.left(verdict.size);
        BTCW_FUZZ_CHECK(head.endsWith("\n\n") || head.endsWith("\r\n\r\n") || head.endsWith("\n\r\n"));
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        BTCW_FUZZ_CHECK(requestLine.size() == 3);
        BTCW_FUZZ_CHECK(requestLine.at(2) == "HTTP/1.1" || requestLine.at(2) == "HTTP/1.0");
        BTCW_FUZZ_CHECK(requestLine.at(1).startsWith('/') || requestLine.at(1).toLower().startsWith("http://"));
        BTCW_FUZZ_CHECK(requestLine.at(1).size() <= limits.maxUrlBytes);
        int hosts = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).toLower() == "host") {
                ++hosts;
                BTCW_FUZZ_CHECK(hostOfHostHeader(line.mid(colon + 1)).has_value());
            }
            if (line.toLower().indexOf("content-length:") == 0)
                BTCW_FUZZ_CHECK(line.mid(15).trimmed().toLongLong() == verdict.bodySize);
            BTCW_FUZZ_CHECK(line.toLower().indexOf("transfer-encoding:") != 0);
        }
        BTCW_FUZZ_CHECK(hosts <= 1);
        break;
    }
    }

    // Host parsing: an accepted host is lower-case, and reads back to itself.
    if (const auto host = hostOfHostHeader(bytes.left(300))) {
        BTCW_FUZZ_CHECK(*host == host->toLower());
        const QByteArray again = host->contains(u':') ? "[" + host->toLatin1() + "]:80" : host->toLatin1() + ":80";
        const auto reparsed = hostOfHostHeader(again);
        BTCW_FUZZ_CHECK(reparsed.has_value() && *reparsed == *host);
        BTCW_FUZZ_CHECK(!host->contains(u'@') && !host->contains(u'/') && !host->contains(u' '));
    }
    return 0;
}
