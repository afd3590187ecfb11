// GET /electrum/query parameters, validated by one pure function so it can be unit-tested and fuzzed.
#pragma once

#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <chrono>

namespace btcw {

struct QueryRequest
{
    ServerAddress server;
    QString method = QStringLiteral("server.features");
    QJsonArray params;                    // as given, without any scripthash
    std::chrono::milliseconds timeout{0}; // 0 = the pool's default
    QString bitcoinAddress;               // `address`: only with blockchain.scripthash.* methods
    bool useCache = true;                 // `cache=false`: skip the cache lookup (a fresh answer is still stored)
    bool verify = false;                  // `verify=true`: check the answer against the verified header chain
    int consensus = 0;                    // `consensus=N` (2…7): answer only when N servers agree
};

// The server a request names and how to ask it: what /electrum/query and /electrum/batch share.
struct ServerTarget
{
    ServerAddress server;
    std::chrono::milliseconds timeout{0}; // 0 = the pool's default
    bool useCache = true;                 // `cache=false`
};

// An InvalidArgument error worded "parameter: message", as every parameter check of the API words a refusal.
Error invalidParameter(const QString& parameter, const QString& message);
// A value in quotes for an error message, cut after 80 characters so an error never echoes a huge input back.
QString quotedValue(const QString& value);

// The parameter names /electrum/query understands, in documentation order.
QStringList queryParameterNames();
// The ones parseServerTarget() reads: url, port, ssl, timeout, cache.
QStringList serverTargetParameterNames();

// url, port, ssl, timeout and cache (other parameters are not looked at); an error names the parameter first.
// Defaults: cache true, ssl true except on the plain-TCP ports 50001/51001/60001, port 50002 with TLS and 50001
// without, timeout 0 (the pool's default).
Result<ServerTarget> parseServerTarget(const QUrlQuery& query);

// An Electrum method name ("server.features", "blockchain.scripthash.get_balance"), trimmed; an error names `field`.
Result<QString> checkMethodName(const QString& method, const QString& field);

// Every endpoint's first rule: an unknown parameter ("methdo") or a repeated one is an InvalidArgument error naming
// it, so a typo never silently falls back to a default.
Status checkParameterNames(const QUrlQuery& query, const QStringList& known);

// Validates every parameter; an error names the parameter first ("port: 'abc' is not …").
// Defaults: method server.features, params [], cache true, ssl true except on the plain-TCP ports 50001/51001/60001,
// port 50002 with TLS and 50001 without.
Result<QueryRequest> parseQueryRequest(const QUrlQuery& query);

// The params sent to the server: with `bitcoinAddress`, its Electrum scripthash comes first.
// An undecodable address is an InvalidArgument error naming the `address` parameter.
struct ElectrumParams
{
    QJsonArray params;
    QString scripthash; // empty without an address
};
Result<ElectrumParams> electrumParams(const QueryRequest& request);

// Whether `method` takes a scripthash as its first parameter (blockchain.scripthash.*).
bool isScripthashMethod(const QString& method);

} // namespace btcw
