#include "RequestHead.h"

#include "BatchRequest.h"

#include <QHostAddress>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRequestLineSlack = 32; // method, spaces and "HTTP/1.1" around the request target

// The end of the request head (one past the blank line), or -1 while it is incomplete. Bare LF is tolerated
// because QtHttpServer's parser tolerates it too.
qsizetype headEnd(QByteArrayView data)
{
    const qsizetype crlf = data.indexOf("\r\n\r\n");
    const qsizetype lf = data.indexOf("\n\n");
    if (crlf < 0)
        return lf < 0 ? -1 : lf + 2;
    if (lf < 0)
        return crlf + 4;
    return std::min(crlf + 4, lf + 2);
}

HeadVerdict rejected(HttpProblem problem, QString detail)
{
    HeadVerdict verdict;
    verdict.kind = HeadVerdict::Kind::Rejected;
    verdict.problem = problem;
    verdict.detail = std::move(detail);
    return verdict;
}

HeadVerdict longUrl(const RequestLimits& limits)
{
    return rejected(HttpProblem::UriTooLong, u"the request target is longer than %1 bytes"_s.arg(limits.maxUrlBytes));
}

HeadVerdict longHead(const RequestLimits& limits)
{
    return rejected(HttpProblem::HeadersTooLarge,
                    u"the request line and headers are longer than %1 bytes"_s.arg(limits.maxHeaderBytes));
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 9110 token characters (method and header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// "HTTP/d.d"
bool isHttpVersion(QByteArrayView text)
{
    return text.size() == 8 && text.startsWith("HTTP/") && isDigit(text[5]) && text[6] == '.' && isDigit(text[7]);
}

// A DNS name or an IPv4 address as it may appear in Host: letters, digits, '-', '.'; nothing else.
bool isRegisteredName(QByteArrayView name)
{
    return !name.isEmpty() && name.size() <= 253 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '.';
    });
}

// The authority of an absolute-form target ("http://authority/path?query"), or nullopt if it is not one.
std::optional<QByteArray> absoluteAuthority(const QByteArray& target)
{
    constexpr QByteArrayView scheme("http://");
    if (target.size() <= scheme.size() || !target.toLower().startsWith(scheme))
        return std::nullopt;
    const QByteArray rest = target.mid(scheme.size());
    qsizetype end = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == '/' || rest[i] == '?' || rest[i] == '#') {
            end = i;
            break;
        }
    }
    if (end < rest.size() && rest[end] != '/')
        return std::nullopt; // "http://host?x": QtHttpServer would see an empty path
    return rest.left(end);
}

// The path of a request target (origin form "/p?q" or absolute form "http://authority/p?q").
QByteArray targetPath(const QByteArray& target, const std::optional<QByteArray>& authority)
{
    QByteArray path = authority ? target.mid(QByteArrayView("http://").size() + authority->size()) : target;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == '?')
            return path.left(i);
    }
    return path;
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isDigit);
}

} // namespace

std::optional<QString> hostOfHostHeader(QByteArrayView value)
{
    const QByteArray text = value.toByteArray().trimmed();
    QByteArray host;
    QByteArray rest;
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        rest = text.mid(close + 1);
        // QHostAddress forgives blanks around an address ("[ ::1]"), a Host header must not: hex, ':' and '.' only.
        const bool plain = std::all_of(host.begin(), host.end(), [](char c) {
            return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
        });
        if (!plain)
            return std::nullopt;
        const QHostAddress address(QString::fromLatin1(host));
        if (address.isNull() || address.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else {
        const qsizetype colon = text.indexOf(':');
        host = colon < 0 ? text : text.left(colon);
        rest = colon < 0 ? QByteArray() : text.mid(colon);
        if (!isRegisteredName(host))
            return std::nullopt;
    }
    if (!rest.isEmpty()) {
        const QByteArray port = rest.mid(1);
        if (rest[0] != ':' || port.isEmpty() || port.size() > 5 || !std::all_of(port.begin(), port.end(), isDigit))
            return std::nullopt;
    }
    return QString::fromLatin1(host).toLower();
}

HeadVerdict inspectRequestHead(QByteArrayView view, qint64 available, const RequestLimits& limits)
{
    const QByteArray data = view.toByteArray(); // at most a head's size: QByteArray's helpers are worth the copy
    const qsizetype lineEnd = data.indexOf('\n');
    if (lineEnd < 0) {
        if (data.size() > limits.maxUrlBytes + kRequestLineSlack)
            return longUrl(limits);
        if (available > limits.maxHeaderBytes)
            return longHead(limits);
        return {};
    }
    // Exactly "METHOD SP target SP version" and the line end: a space before or after would be read otherwise by
    // other parsers, so it is refused like any other malformed line.
    QByteArray requestLine = data.left(lineEnd);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty() || !isHttpVersion(parts[2]))
        return rejected(HttpProblem::BadRequest, u"the request line is not 'METHOD /path HTTP/1.1'"_s);
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        return rejected(HttpProblem::HttpVersionNotSupported,
                        u"%1 is not supported; send HTTP/1.1 (or HTTP/1.0)"_s.arg(QString::fromLatin1(parts[2])));
    }
    if (parts[1].size() > limits.maxUrlBytes)
        return longUrl(limits);
    const QByteArray& target = parts[1];
    const std::optional<QByteArray> authority = absoluteAuthority(target);
    if (!target.startsWith('/') && !authority) {
        return rejected(HttpProblem::BadRequest,
                        u"the request target must be a path ('/electrum/…') or an http:// URL of this host"_s);
    }
    // A fragment is the client's own business (RFC 9112 has none in a request target); parsers disagree on where a
    // path ends if one comes, so "POST /electrum/batch#…" would be a batch to one and not to another.
    if (target.contains('#'))
        return rejected(HttpProblem::BadRequest,
                        u"the request target has a fragment ('#…'); send the path and query"_s);

    const qsizetype end = headEnd(data);
    if (end < 0) {
        if (available > limits.maxHeaderBytes)
            return longHead(limits);
        return {};
    }
    if (end > limits.maxHeaderBytes)
        return longHead(limits);

    // The one request that takes a body; everything else is refused with 413 at the first header that declares one.
    const bool takesBody = parts[0] == "POST" && targetPath(target, authority) == kBatchPath;
    std::optional<qint64> contentLength;
    bool chunked = false;
    bool expectContinue = false;
    QByteArray connectionTokens;
    std::optional<QByteArray> host;
    for (const QByteArray& rawLine : data.mid(lineEnd + 1, end - lineEnd - 1).split('\n')) {
        const QByteArray line = rawLine.endsWith('\r') ? rawLine.chopped(1) : rawLine;
        if (line.isEmpty())
            continue; // the blank line that ends the head
        // A folded line or "Name :" would be read differently by other parsers (request smuggling): refuse both.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            return rejected(HttpProblem::BadRequest,
                            u"a header line is not 'Name: value' (no folding, no space before the colon)"_s);
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (takesBody && name == "content-length") {
            // Two lengths, or one other parsers could read otherwise, would let a request be smuggled in a body.
            if (contentLength || !isDigits(value) || value.size() > 18)
                return rejected(HttpProblem::BadRequest, u"the request needs exactly one numeric Content-Length"_s);
            contentLength = value.toLongLong();
            if (*contentLength > kMaxBatchBodyBytes) {
                return rejected(HttpProblem::ContentTooLarge,
                                u"the body is %1 bytes; a batch takes at most %2 bytes (1 MiB)"_s.arg(*contentLength)
                                    .arg(kMaxBatchBodyBytes));
            }
            continue;
        }
        if (takesBody && name == "transfer-encoding") {
            chunked = true;
            continue;
        }
        if (takesBody && name == "expect") {
            if (value.toLower() != "100-continue")
                return rejected(HttpProblem::BadRequest, u"the only expectation understood is 100-continue"_s);
            expectContinue = true;
            continue;
        }
        bool numeric = true;
        const bool declaresBody = (name == "content-length" && (value.toLongLong(&numeric) != 0 || !numeric)) ||
                                  name == "transfer-encoding" || name == "expect";
        if (declaresBody) {
            return rejected(HttpProblem::ContentTooLarge,
                            u"the API takes no request body: send parameters in the query string"_s);
        }
        if (name == "connection")
            connectionTokens += value + ',';
        if (name == "host") {
            if (host)
                return rejected(HttpProblem::BadRequest, u"the request has more than one Host header"_s);
            if (!hostOfHostHeader(value)) {
                return rejected(HttpProblem::BadRequest,
                                u"the Host header must be a host name or address, or [IPv6], and an optional :port"_s);
            }
            host = value;
        }
    }
    // An absolute-form target names the host itself; it must be the same as Host, which the API then checks.
    if (authority && (!host || authority->compare(*host, Qt::CaseInsensitive) != 0)) {
        return rejected(HttpProblem::BadRequest,
                        u"an absolute request target must name the same host as the Host header"_s);
    }
    qint64 bodySize = 0;
    if (takesBody) {
        if (chunked || !contentLength) {
            return rejected(HttpProblem::LengthRequired,
                            u"send the batch with a Content-Length header; a chunked body is not accepted"_s);
        }
        bodySize = *contentLength;
    }
    if (available > end + bodySize) {
        return rejected(HttpProblem::BadRequest, takesBody ? u"send one request at a time and wait for its answer"_s
                                                           : u"send one request at a time, without a body, and wait "
                                                             u"for its answer"_s);
    }

    HeadVerdict verdict;
    verdict.size = end;
    verdict.bodySize = bodySize;
    if (available < end + bodySize) {
        verdict.expectContinue = expectContinue;
        return verdict; // Incomplete: the body is still arriving
    }
    verdict.kind = HeadVerdict::Kind::Complete;
    const ConnectionGate::ConnectionOption option = ConnectionGate::connectionOption(connectionTokens);
    const bool http10 = parts[2] == "HTTP/1.0";
    verdict.closeAfterAnswer = option == ConnectionGate::ConnectionOption::Close ||
                               (http10 && option != ConnectionGate::ConnectionOption::KeepAlive);
    return verdict;
}

} // namespace btcw
