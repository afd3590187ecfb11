// The rules one HTTP request head must pass before QtHttpServer parses it, as a pure function (tested and fuzzed).
#pragma once

#include "Problem.h"
#include "RequestLimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace btcw {

struct HeadVerdict
{
    enum class Kind
    {
        Incomplete, // more bytes may still make it a good request (the head, or the body it declares)
        Complete,   // one well-formed head of `size` bytes and its body of `bodySize` bytes, nothing after them
        Rejected,   // answer `problem` with `detail` and close
    };
    Kind kind = Kind::Incomplete;
    qsizetype size = 0;            // Complete (and Incomplete once the head is whole): the head's length
    qint64 bodySize = 0;           // the same: the body's length (Content-Length; POST /electrum/batch only)
    bool expectContinue = false;   // Incomplete, head whole: the client waits for "100 Continue" to send the body
    bool closeAfterAnswer = false; // Complete: "Connection: close", or HTTP/1.0 without keep-alive
    HttpProblem problem = HttpProblem::BadRequest;
    QString detail;
};

// Inspects the start of a connection's input. `data` holds the head so far (at most maxHeaderBytes + 4 of it) and
// `available` how many bytes have arrived in all. Refuses: a request line that is not "METHOD target HTTP/1.x" (400),
// another HTTP version (505), a target that is neither "/path" nor an absolute "http://" URL naming the Host header's
// authority (400), a target over maxUrlBytes (414), a head over maxHeaderBytes (431), a header that declares a body
// (413), a missing-colon, folded or blank-named header line, a Host that is not "name[:port]" or "[v6][:port]", more
// than one Host (400), and bytes after the head (400: one request at a time, no body). The one exception is
// POST /electrum/batch (BatchRequest.h): it takes a body of exactly one Content-Length of at most kMaxBatchBodyBytes
// (413 beyond; 400 for a second or non-numeric Content-Length), never a chunked one (411, as without Content-Length),
// with "Expect: 100-continue" understood; the request is Complete once head and body are in, and bytes after the
// body are refused like bytes after a head.
HeadVerdict inspectRequestHead(QByteArrayView data, qint64 available, const RequestLimits& limits);

// The host of a Host header value, lower-cased and without brackets and port, when the value is exactly a name or an
// IPv4 address, or "[IPv6]", followed by an optional ":port" of digits; nullopt for anything else
// ("127.0.0.1:5099@evil.com", "[::1]evil", "a b", "").
std::optional<QString> hostOfHostHeader(QByteArrayView value);

} // namespace btcw
