// Shared by the API tests: one HTTP request at a time against an ApiServer, waited for with a bound.
#pragma once

#include "ApiServer.h"
#include "Engine.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSignalSpy>
#include <QUrlQuery>

namespace btcw::test {

struct HttpResult
{
    int status = 0; // 0: no answer in time
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
    bool hasHeader(const char* name) const { return headers.contains(QByteArray(name).toLower()); }
};

using RequestHeaders = QList<QPair<QByteArray, QByteArray>>;

// Engine options for loopback tests: no Tor, and 127.0.0.1 targets allowed (the SSRF guard refuses them otherwise).
inline EngineOptions loopbackEngineOptions()
{
    EngineOptions options;
    options.tor.enabled = false;
    options.allowPrivateTargets = true;
    return options;
}

inline ApiOptions loopbackApiOptions()
{
    ApiOptions options;
    options.bind = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    return options;
}

// "url=127.0.0.1&port=…&ssl=…[&method=…][&params=…]".
inline QUrlQuery electrumQuery(quint16 port, bool tls, const QString& method = {}, const QString& params = {})
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("url"), QStringLiteral("127.0.0.1"));
    q.addQueryItem(QStringLiteral("port"), QString::number(port));
    q.addQueryItem(QStringLiteral("ssl"), tls ? QStringLiteral("true") : QStringLiteral("false"));
    if (!method.isEmpty())
        q.addQueryItem(QStringLiteral("method"), method);
    if (!params.isEmpty())
        q.addQueryItem(QStringLiteral("params"), params);
    return q;
}

class ApiClient
{
public:
    explicit ApiClient(const ApiServer& api) : m_api(api) {}

    HttpResult request(const QByteArray& verb, const QString& path, const QUrlQuery& query = {},
                       const RequestHeaders& headers = {}, int timeoutMs = 20'000)
    {
        QUrl url = m_api.baseUrl();
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // QNAM would answer from its own cache or add validators of its own; the tests talk to the API only.
        req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        // Servers that require a bearer token get it (written so it builds with and without token support).
        if constexpr (requires(const ApiServer& api) { api.accessToken(); }) {
            if (const QByteArray token = m_api.accessToken(); !token.isEmpty())
                req.setRawHeader("Authorization", "Bearer " + token);
        }
        for (const auto& [name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply* reply = verb == "HEAD" ? m_nam.head(req) : m_nam.sendCustomRequest(req, verb);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        HttpResult r;
        if (!reply->isFinished() && !finished.wait(timeoutMs)) {
            reply->abort();
            reply->deleteLater();
            return r;
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.error = reply->error();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QString& path, const QUrlQuery& query = {}, const RequestHeaders& headers = {},
                   int timeoutMs = 20'000)
    {
        return request("GET", path, query, headers, timeoutMs);
    }

private:
    const ApiServer& m_api;
    QNetworkAccessManager m_nam;
};

// One engine, its API on a free loopback port and a client holding the token: what most API tests start from.
struct ApiHarness
{
    std::unique_ptr<Engine> engine;
    std::unique_ptr<ApiServer> api;
    std::unique_ptr<ApiClient> client;

    // Start-up problems (no data dir, no Tor) do not matter to these tests, as they do not stop the app.
    void startEngine(EngineOptions options = loopbackEngineOptions())
    {
        engine = std::make_unique<Engine>(std::move(options));
        (void)engine->start();
    }
    // Starts the API (and the engine first, when there is none yet). Empty on success, else why it did not start.
    QString startApi(ApiOptions options = loopbackApiOptions())
    {
        if (!engine)
            startEngine();
        api = std::make_unique<ApiServer>(*engine, std::move(options));
        if (const Status started = api->start(); !started.ok())
            return started.error().toString();
        client = std::make_unique<ApiClient>(*api);
        return {};
    }
    void stop()
    {
        client.reset();
        api.reset();
        engine.reset();
    }
};

// The entry of `host` in GET /electrum/servers with `query` (network=…, group=…), or an empty object.
inline QJsonObject listedServer(ApiClient& client, const QString& host, const QUrlQuery& query)
{
    const QJsonArray servers =
        client.get(QStringLiteral("/electrum/servers"), query).json().value(u"servers").toArray();
    for (const QJsonValue& s : servers) {
        if (s.toObject().value(u"host").toString() == host)
            return s.toObject();
    }
    return {};
}

} // namespace btcw::test
