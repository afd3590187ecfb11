// POST /electrum/batch: the query string (which server) and the JSON body (which calls), validated by one pure
// function that holds no state, so it can run on any thread, be unit-tested and be fuzzed.
#pragma once

#include "HttpReply.h"
#include "Result.h"
#include "query/QueryService.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace btcw {

inline constexpr qsizetype kMaxBatchCalls = 1000;
inline constexpr qsizetype kMaxBatchBodyBytes = 1024 * 1024;
// The only path that takes a request body.
inline constexpr char kBatchPath[] = "/electrum/batch";

struct BatchRequest
{
    ServerAddress server;
    QList<Query> calls; // in body order; each names `server` and carries the timeout and cache use of the request
};

// The parameter names /electrum/batch understands: url, port, ssl, timeout, cache (as /electrum/query).
QStringList batchParameterNames();

// Refuses, in this order: a Content-Type other than application/json (charset, if given, utf-8) as 415; a body over
// kMaxBatchBodyBytes as 413; an unknown, repeated or bad parameter as 400 naming it; a body that is not a JSON array
// of 1 … kMaxBatchCalls calls as 400 (413 past kMaxBatchCalls); then the first malformed call as 400 naming its
// index ("body[3].params: …"). A call is {"method": "…", "params": […]} or {"method": "blockchain.scripthash.…",
// "address": "bc1…"[, "params": […]]}; params default to []. Whether a method is allowed and whether an address
// decodes are left to QueryService::runBatch, per call, so one bad call does not fail the others.
// 413 and 415 come as httpProblemError()s (Problem.h), the rest as InvalidArgument.
Result<BatchRequest> parseBatchRequest(const QUrlQuery& query, QByteArrayView contentType, const QByteArray& body);

// The answer to a parsed batch, also pure: 200 with a JSON array in call order. An answered call is
// {"method", "result", "cached"} (plus "age" when it came from the cache and "scripthash" when it named an address);
// a failed one is its own problem object (type, title, status, detail, error_kind, …) as /electrum/query would have
// answered it. Not to be stored (Cache-Control: no-store): its items have different lifetimes.
HttpReply batchReply(const QList<QueryOutcome>& outcomes);

} // namespace btcw
