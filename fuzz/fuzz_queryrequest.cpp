// parseQueryRequest on an arbitrary query string, as GET /electrum/query would receive it.
#include "FuzzCheck.h"
#include "QueryRequest.h"

#include <QString>
#include <QUrlQuery>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace btcw;
    const QUrlQuery query(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    const auto parsed = parseQueryRequest(query);
    if (!parsed) {
        // Client errors only (a bad url is a BadAddress); they name the parameter first.
        const ErrorKind kind = parsed.error().kind;
        BTCW_FUZZ_CHECK(kind == ErrorKind::InvalidArgument || kind == ErrorKind::BadAddress);
        BTCW_FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const QueryRequest& request = parsed.value();
    BTCW_FUZZ_CHECK(request.server.isValid());
    BTCW_FUZZ_CHECK(!request.method.isEmpty());
    BTCW_FUZZ_CHECK(request.timeout.count() >= 0);
    if (!request.bitcoinAddress.isEmpty())
        BTCW_FUZZ_CHECK(isScripthashMethod(request.method));

    const auto params = electrumParams(request);
    if (params) {
        if (request.bitcoinAddress.isEmpty()) {
            BTCW_FUZZ_CHECK(params.value().scripthash.isEmpty());
            BTCW_FUZZ_CHECK(params.value().params == request.params);
        } else {
            BTCW_FUZZ_CHECK(params.value().scripthash.size() == 64); // 32 bytes, hex
            BTCW_FUZZ_CHECK(params.value().params.size() == request.params.size() + 1);
        }
    } else {
        BTCW_FUZZ_CHECK(!request.bitcoinAddress.isEmpty());
    }
    return 0;
}
