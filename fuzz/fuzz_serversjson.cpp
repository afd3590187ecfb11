// parseServersJson on arbitrary bytes; an accepted list written with toServersJson must read back the same.
#include "FuzzCheck.h"
#include "directory/ServerDirectory.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

namespace btcw {
namespace {

bool sameEntry(const ServerEntry& a, const ServerEntry& b)
{
    return a.host == b.host && a.kind == b.kind && a.tcpPort == b.tcpPort && a.tlsPort == b.tlsPort &&
           a.network == b.network && a.version == b.version && a.pruning == b.pruning && a.source == b.source;
}

void fuzzOne(const QByteArray& json)
{
    const QString network = QStringLiteral("mainnet");
    const QString source = QStringLiteral("import");
    QStringList warnings;
    const auto parsed = parseServersJson(json, network, source, &warnings);
    if (!parsed) {
        BTCW_FUZZ_CHECK(parsed.error().kind == ErrorKind::InvalidArgument);
        return;
    }
    const QList<ServerEntry>& entries = parsed.value();
    for (const ServerEntry& entry : entries) {
        BTCW_FUZZ_CHECK(entry.tcpPort || entry.tlsPort);
        BTCW_FUZZ_CHECK(entry.preferredAddress().isValid());
        BTCW_FUZZ_CHECK(entry.network == network && entry.source == source);
    }

    const QByteArray written = toServersJson(entries);
    QStringList rewarnings;
    const auto reread = parseServersJson(written, network, source, &rewarnings);
    BTCW_FUZZ_CHECK(reread.ok());
    BTCW_FUZZ_CHECK(rewarnings.isEmpty()); // what we write ourselves must be clean
    BTCW_FUZZ_CHECK(reread.value().size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        BTCW_FUZZ_CHECK(sameEntry(reread.value().at(i), entries.at(i)));
}

} // namespace
} // namespace btcw

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    btcw::fuzzOne(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
