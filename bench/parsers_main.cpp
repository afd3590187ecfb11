// btcw-bench-parsers: LineFramer and QJsonDocument on a ~1 MB blockchain.block.headers reply (protocol 1.4's one
// hex string and 1.6's list of headers), delivered in 64 KiB reads as a socket would.
#include "BenchUtil.h"
#include "electrum/LineFramer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace btcw;
using namespace btcw::bench;

namespace {

constexpr int kHeaders = 6'500; // 6,500 × 160 hex characters ≈ 1.04 MB
constexpr qsizetype kReadSize = 64 * 1024;

QByteArray headerHex(QRandomGenerator& random)
{
    QByteArray header(80, Qt::Uninitialized);
    for (char& c : header)
        c = char(random.bounded(256));
    return header.toHex();
}

QByteArray reply14(QRandomGenerator& random)
{
    QByteArray hex;
    hex.reserve(kHeaders * 160);
    for (int i = 0; i < kHeaders; ++i)
        hex += headerHex(random);
    return R"({"jsonrpc":"2.0","id":7,"result":{"count":)" + QByteArray::number(kHeaders) + R"(,"hex":")" + hex +
           R"(","max":2016}})" + '\n';
}

QByteArray reply16(QRandomGenerator& random)
{
    QByteArray list;
    list.reserve(kHeaders * 163);
    for (int i = 0; i < kHeaders; ++i)
        list += (i ? ",\"" : "\"") + headerHex(random) + '"';
    return R"({"jsonrpc":"2.0","id":7,"result":{"count":)" + QByteArray::number(kHeaders) + R"(,"headers":[)" + list +
           R"(],"max":2016}})" + '\n';
}

// Frames and parses `reply` `rounds` times; returns {framing ms, parsing ms} per round.
std::pair<QList<double>, QList<double>> measure(const QByteArray& reply, int rounds, qsizetype* checksum)
{
    QList<QByteArray> chunks;
    for (qsizetype at = 0; at < reply.size(); at += kReadSize)
        chunks << reply.mid(at, kReadSize);
    QList<double> framing, parsing;
    for (int round = 0; round < rounds; ++round) {
        LineFramer framer(8 * 1024 * 1024);
        QElapsedTimer clock;
        clock.start();
        QList<QByteArray> lines;
        for (const QByteArray& chunk : chunks) {
            auto fed = framer.feed(chunk);
            if (!fed.ok())
                qFatal("framing failed");
            lines += fed.value();
        }
        framing << double(clock.nsecsElapsed()) / 1e6;
        if (lines.size() != 1)
            qFatal("expected one line, got %d", int(lines.size()));
        clock.restart();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(lines.constFirst(), &error);
        const QJsonObject result = doc.object().value(QLatin1String("result")).toObject();
        *checksum += result.value(QLatin1String("hex")).toString().size() +
                     result.value(QLatin1String("headers")).toArray().size();
        parsing << double(clock.nsecsElapsed()) / 1e6;
        if (error.error != QJsonParseError::NoError)
            qFatal("JSON parse failed");
    }
    return {framing, parsing};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator random(7);
    const int rounds = 40;
    qsizetype checksum = 0;
    const QList<std::pair<QString, QByteArray>> replies{{QStringLiteral("headers_1.4_hex"), reply14(random)},
                                                        {QStringLiteral("headers_1.6_list"), reply16(random)}};
    for (const auto& [name, reply] : replies) {
        const auto [framing, parsing] = measure(reply, rounds, &checksum);
        const double mb = double(reply.size()) / 1e6;
        const double frameMs = quantile(framing, 0.5);
        const double parseMs = quantile(parsing, 0.5);
        printResult(QStringLiteral("parse_") + name,
                    {{QStringLiteral("bytes"), QString::number(reply.size())},
                     {QStringLiteral("frame_median_ms"), ms(frameMs)},
                     {QStringLiteral("json_median_ms"), ms(parseMs)},
                     {QStringLiteral("total_mb_per_s"), QString::number(mb / ((frameMs + parseMs) / 1000), 'f', 0)}});
    }
    return checksum > 0 ? 0 : 1;
}
