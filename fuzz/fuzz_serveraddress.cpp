// ServerAddress::parse on arbitrary text: whatever it accepts must survive toString() and parse again unchanged.
#include "FuzzCheck.h"
#include "electrum/ServerAddress.h"

#include <QString>
#include <cstddef>
#include <cstdint>

namespace btcw {
namespace {

void checkAccepted(const ServerAddress& address)
{
    BTCW_FUZZ_CHECK(address.isValid());
    BTCW_FUZZ_CHECK(!address.host().isEmpty());

    const auto again = ServerAddress::parse(address.toString());
    BTCW_FUZZ_CHECK(again.ok());
    BTCW_FUZZ_CHECK(again.value() == address);
    BTCW_FUZZ_CHECK(again.value().hostKind() == address.hostKind());
    BTCW_FUZZ_CHECK(again.value().toString() == address.toString());

    // The pin key keeps host and port; the transport comes from the default.
    const auto fromPinKey = ServerAddress::parse(address.hostPort(), address.transport());
    BTCW_FUZZ_CHECK(fromPinKey.ok());
    BTCW_FUZZ_CHECK(fromPinKey.value() == address);

    // A host that was normalised once is left as it is.
    const auto host = ServerAddress::normalizeHost(address.host());
    BTCW_FUZZ_CHECK(host.ok());
    BTCW_FUZZ_CHECK(host.value() == address.host());
    BTCW_FUZZ_CHECK(ServerAddress::classifyHost(host.value()) == address.hostKind());

    const auto created = ServerAddress::create(address.host(), address.port(), address.transport());
    BTCW_FUZZ_CHECK(created.ok());
    BTCW_FUZZ_CHECK(created.value() == address);
}

} // namespace
} // namespace btcw

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const auto transport : {btcw::Transport::Tls, btcw::Transport::Tcp}) {
        const auto parsed = btcw::ServerAddress::parse(text, transport);
        if (parsed)
            btcw::checkAccepted(parsed.value());
        else
            BTCW_FUZZ_CHECK(!parsed.error().message.isEmpty());
    }
    return 0;
}
