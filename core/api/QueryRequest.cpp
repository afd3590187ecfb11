#include "QueryRequest.h"

#include "electrum/BitcoinAddress.h"
#include "query/QueryService.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <optional>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 120;
constexpr qsizetype kMaxMethodLength = 64;
constexpr qsizetype kMaxParamsLength = 64 * 1024;
// A host name is at most 253 characters; with ":65535:s" and brackets this is ample. Longer urls are refused before
// ServerAddress sees them, because its messages quote the whole input.
constexpr qsizetype kMaxUrlLength = 300;

bool isPlainTcpPort(int port)
{
    // Electrum's conventional TCP ports (mainnet, testnet, other test networks); everything else defaults to TLS.
    return port == 50001 || port == 51001 || port == 60001;
}

Result<int> parsePortValue(const QString& text)
{
    bool ok = false;
    const int port = text.trimmed().toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return invalidParameter(u"port"_s, quotedValue(text) + u" is not a number between 1 and 65535"_s);
    return port;
}

Result<bool> parseBoolValue(const QString& parameter, const QString& text)
{
    const QString v = text.trimmed().toLower();
    if (v == u"true" || v == u"1" || v == u"yes")
        return true;
    if (v == u"false" || v == u"0" || v == u"no")
        return false;
    return invalidParameter(parameter, quotedValue(text) + u" is not one of true, false, 1, 0"_s);
}

// "host:port:t|s" written into url: returns the explicit transport letter, if any.
std::optional<Transport> transportSuffix(const QString& url)
{
    const QString t = url.trimmed().toLower();
    if (t.endsWith(u":s"))
        return Transport::Tls;
    if (t.endsWith(u":t"))
        return Transport::Tcp;
    return std::nullopt;
}

Result<ServerAddress> parseServer(const QUrlQuery& query)
{
    if (!query.hasQueryItem(u"url"_s) || query.queryItemValue(u"url"_s, QUrl::FullyDecoded).trimmed().isEmpty())
        return invalidParameter(u"url"_s, u"missing; give the server's host name, IP address or .onion"_s);
    const QString url = query.queryItemValue(u"url"_s, QUrl::FullyDecoded).trimmed();
    if (url.size() > kMaxUrlLength)
        return invalidParameter(
            u"url"_s, quotedValue(url) + u" is longer than %1 characters: not a server address"_s.arg(kMaxUrlLength));

    std::optional<int> port;
    if (query.hasQueryItem(u"port"_s)) {
        auto p = parsePortValue(query.queryItemValue(u"port"_s, QUrl::FullyDecoded));
        if (!p)
            return p.error();
        port = p.value();
    }
    std::optional<bool> ssl;
    if (query.hasQueryItem(u"ssl"_s)) {
        auto s = parseBoolValue(u"ssl"_s, query.queryItemValue(u"ssl"_s, QUrl::FullyDecoded));
        if (!s)
            return s.error();
        ssl = s.value();
    }

    // Plain host (the usual form) …
    if (auto host = ServerAddress::normalizeHost(url)) {
        const bool tls = ssl.value_or(port ? !isPlainTcpPort(*port) : true);
        const Transport transport = tls ? Transport::Tls : Transport::Tcp;
        auto address =
            ServerAddress::create(host.value(), port.value_or(ServerAddress::defaultPort(transport)), transport);
        if (!address)
            return invalidParameter(u"url"_s, address.error().message);
        return address;
    }

    // … or Electrum's host:port[:t|s]; explicit port/ssl parameters must then agree with it.
    const auto letter = transportSuffix(url);
    const Transport fallback = ssl ? (*ssl ? Transport::Tls : Transport::Tcp) : Transport::Tls;
    auto parsed = ServerAddress::parse(url, letter.value_or(fallback));
    if (!parsed) {
        Error e = parsed.error();
        e.message = u"url: "_s + e.message;
        return e;
    }
    ServerAddress address = parsed.value();
    if (port && *port != address.port()) {
        return invalidParameter(u"port"_s, u"%1 contradicts the port in url %2"_s.arg(*port).arg(quotedValue(url)));
    }
    if (ssl && letter && *ssl != (*letter == Transport::Tls))
        return invalidParameter(u"ssl"_s, u"contradicts the transport letter in url %1"_s.arg(quotedValue(url)));
    if (!letter && !ssl && isPlainTcpPort(address.port())) {
        auto tcp = ServerAddress::create(address.host(), address.port(), Transport::Tcp);
        if (!tcp)
            return tcp.error();
        address = tcp.value();
    }
    return address;
}

// "word(.word)+" of lower-case letters, digits and '_', starting with a letter. Written out rather than as a regular
// expression: the batch parser calls it a thousand times per request, from any thread.
bool isMethodName(QStringView method)
{
    if (method.isEmpty() || method.front() < u'a' || method.front() > u'z')
        return false;
    int dots = 0;
    QChar previous;
    for (const QChar c : method) {
        const bool word = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (c == u'.') {
            if (previous == u'.')
                return false;
            ++dots;
        } else if (!word) {
            return false;
        }
        previous = c;
    }
    return dots > 0 && previous != u'.';
}

Result<QString> parseMethod(const QUrlQuery& query)
{
    if (!query.hasQueryItem(u"method"_s))
        return u"server.features"_s;
    return checkMethodName(query.queryItemValue(u"method"_s, QUrl::FullyDecoded), u"method"_s);
}

Result<QJsonArray> parseParams(const QUrlQuery& query)
{
    if (!query.hasQueryItem(u"params"_s))
        return QJsonArray();
    const QString text = query.queryItemValue(u"params"_s, QUrl::FullyDecoded).trimmed();
    if (text.isEmpty())
        return QJsonArray();
    if (text.size() > kMaxParamsLength)
        return invalidParameter(u"params"_s, u"longer than %1 characters"_s.arg(kMaxParamsLength));
    if (!text.startsWith(u'['))
        return invalidParameter(u"params"_s, u"must be a JSON array such as [] or [\"<txid>\", true]"_s);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalidParameter(u"params"_s,
                                u"not valid JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset));
    return doc.array();
}

Result<std::chrono::milliseconds> parseTimeout(const QUrlQuery& query)
{
    if (!query.hasQueryItem(u"timeout"_s))
        return std::chrono::milliseconds{0};
    const QString text = query.queryItemValue(u"timeout"_s, QUrl::FullyDecoded);
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !(seconds >= kMinTimeoutSeconds && seconds <= kMaxTimeoutSeconds)) {
        return invalidParameter(u"timeout"_s,
                                u"%1 is not a number of seconds between %2 and %3"_s.arg(quotedValue(text))
                                    .arg(kMinTimeoutSeconds)
                                    .arg(kMaxTimeoutSeconds));
    }
    return std::chrono::milliseconds{qint64(seconds * 1000.0)};
}

} // namespace

QStringList queryParameterNames()
{
    return {u"url"_s,     u"port"_s,    u"ssl"_s,   u"method"_s, u"params"_s,
            u"timeout"_s, u"address"_s, u"cache"_s, u"verify"_s, u"consensus"_s};
}

QStringList serverTargetParameterNames()
{
    return {u"url"_s, u"port"_s, u"ssl"_s, u"timeout"_s, u"cache"_s};
}

Result<ServerTarget> parseServerTarget(const QUrlQuery& query)
{
    ServerTarget target;
    auto server = parseServer(query);
    if (!server)
        return server.error();
    target.server = server.value();

    auto timeout = parseTimeout(query);
    if (!timeout)
        return timeout.error();
    target.timeout = timeout.value();

    if (query.hasQueryItem(u"cache"_s)) {
        auto useCache = parseBoolValue(u"cache"_s, query.queryItemValue(u"cache"_s, QUrl::FullyDecoded));
        if (!useCache)
            return useCache.error();
        target.useCache = useCache.value();
    }
    return target;
}

Result<QString> checkMethodName(const QString& text, const QString& field)
{
    const QString method = text.trimmed();
    if (method.size() > kMaxMethodLength || !isMethodName(method)) {
        return invalidParameter(field, quotedValue(method) + u" is not an Electrum method name like server.features or "
                                                             u"blockchain.headers.subscribe"_s);
    }
    return method;
}

Result<ElectrumParams> electrumParams(const QueryRequest& request)
{
    auto sent = withScripthash(request.params, request.bitcoinAddress);
    if (!sent)
        return sent.error();
    return ElectrumParams{sent->params, sent->scripthash};
}

bool isScripthashMethod(const QString& method)
{
    return method.startsWith(u"blockchain.scripthash."_s);
}

Status checkParameterNames(const QUrlQuery& query, const QStringList& known)
{
    QSet<QString> seen;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value);
        if (!known.contains(key))
            return invalidParameter(quotedValue(key),
                                    u"unknown parameter; known parameters are "_s + known.join(u", "_s));
        if (seen.contains(key))
            return invalidParameter(key.size() > 80 ? key.left(80) + u"…"_s : key, u"given more than once"_s);
        seen.insert(key);
    }
    return success();
}

Result<QueryRequest> parseQueryRequest(const QUrlQuery& query)
{
    if (Status names = checkParameterNames(query, queryParameterNames()); !names.ok())
        return names.error();

    QueryRequest request;
    auto target = parseServerTarget(query);
    if (!target)
        return target.error();
    request.server = target->server;
    request.timeout = target->timeout;
    request.useCache = target->useCache;

    auto method = parseMethod(query);
    if (!method)
        return method.error();
    request.method = method.value();

    auto params = parseParams(query);
    if (!params)
        return params.error();
    request.params = params.value();

    if (query.hasQueryItem(u"address"_s)) {
        const QString address = query.queryItemValue(u"address"_s, QUrl::FullyDecoded).trimmed();
        if (address.isEmpty())
            return invalidParameter(u"address"_s, u"empty; give a Bitcoin address or leave the parameter out"_s);
        if (!isScripthashMethod(request.method)) {
            return invalidParameter(u"address"_s,
                                    u"only used with blockchain.scripthash.* methods, not with "_s + request.method);
        }
        request.bitcoinAddress = address;
    }

    if (query.hasQueryItem(u"verify"_s)) {
        auto verify = parseBoolValue(u"verify"_s, query.queryItemValue(u"verify"_s, QUrl::FullyDecoded));
        if (!verify)
            return verify.error();
        request.verify = verify.value();
    }

    if (query.hasQueryItem(u"consensus"_s)) {
        const QString text = query.queryItemValue(u"consensus"_s, QUrl::FullyDecoded);
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok || n < 2 || n > 7)
            return invalidParameter(u"consensus"_s,
                                    u"%1 is not a number of servers between 2 and 7"_s.arg(quotedValue(text)));
        request.consensus = n;
    }

    return request;
}

Error invalidParameter(const QString& parameter, const QString& message)
{
    return Error::make(ErrorKind::InvalidArgument, parameter + u": "_s + message);
}

QString quotedValue(const QString& value)
{
    constexpr qsizetype kMax = 80;
    return u'\'' + (value.size() > kMax ? value.left(kMax) + u"…"_s : value) + u'\'';
}

} // namespace btcw
