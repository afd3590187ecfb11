// The local REST API: an HTTP server on loopback that maps routes to thin controllers. The API's composition root:
// it takes the engine and hands each controller only the services it uses.
#pragma once

#include "Clock.h"
#include "HttpReply.h"
#include "RequestLimits.h"
#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace btcw {

class AccessGuard;
class ApiCookie;
class ApiFront;
class ConnectionLedger;
struct ApiRequest;
class ReplyChannel;
struct FrontShared;
class CacheController;
class ElectrumController;
class Engine;
class EventsController;
class HealthController;
class MetricsController;
class RequestMetrics;
class PinsController;
class ServerListCache;

struct ApiOptions
{
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 5000; // 0 = any free port (tests)
    // Host header names accepted besides the loopback ones (localhost, 127.0.0.1, [::1]) and the bound address.
    // A web page that rebinds its own DNS name to 127.0.0.1 sends its name here and gets 403 (DNS rebinding).
    QStringList extraAllowedHosts;
    // Everything but /, /docs and /openapi.json needs "Authorization: Bearer <token>". Turning this off is
    // refused unless the API listens on loopback only.
    bool requireToken = true;
    // A fixed token read from this file (see readTokenFile) instead of a fresh one per start in
    // <dataDir>/api.cookie (or only in memory when the engine has no data directory).
    QString tokenFile;
    // A fixed token held only in memory (e.g. read from the secret store); wins over tokenFile, writes no cookie.
    QByteArray fixedToken;
    RequestLimits limits;
    // What the rate limits and the /electrum/servers bodies measure time with; null: the engine's clock.
    const Clock* clock = nullptr;
    // HTTP threads serving requests (each with its own copy of the listening socket); 0: one per core, at least 2
    // and at most 4. The window's thread never parses, serialises or writes an HTTP request or answer.
    int threads = 0;
};

// Requests are taken, checked and answered on the HTTP threads (ApiFront); cached answers, /electrum/servers bodies
// and the documentation are served there without the engine. Everything else runs on this object's thread (the
// engine's), and its answer is serialised and written back on the HTTP thread that took the request.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(Engine& engine, ApiOptions options, QObject* parent = nullptr);
    ~ApiServer() override;

    // Starts listening. A taken port is an error that says which option picks another one.
    Status start();
    bool isListening() const;
    // The port actually listened on (the chosen one when options.port is 0); 0 before start().
    quint16 port() const;
    // Connections the gates hold open now (kept alive, answering or still sending a head).
    int openConnections() const;
    // How many HTTP threads serve (after start()).
    int httpThreads() const { return int(m_fronts.size()); }
    // http://127.0.0.1:PORT (the bound address; loopback when bound to "any").
    QUrl baseUrl() const;
    const ApiOptions& options() const { return m_options; }
    // The bearer token clients must send; empty when requireToken is off. Set by start().
    QByteArray accessToken() const;
    // Where clients can read the token: the cookie or the --api-token-file; empty if it lives only in memory.
    QString tokenPath() const { return m_tokenPath; }
    // Requests from `client` admitted and not answered yet (each holds one of its slots until its answer is made).
    int requestsInFlight(const QHostAddress& client) const;
    // What the HTTP threads counted (null before start()).
    const RequestMetrics* requestMetrics() const;

private:
    using Respond = std::function<void(const HttpReply&)>;
    using Handler = std::function<void(const ApiRequest&, const ReplyChannel&)>;

    // A route answered on the HTTP thread that took the request (the handler must be thread-safe). One that takes a
    // body answers POST only; the others GET and HEAD.
    enum class TakesBody
    {
        No,
        Yes
    };
    void addHttpRoute(const QString& path, Handler handler, TakesBody body = TakesBody::No);
    // A route answered on the engine's thread, through `respond`.
    void addEngineRoute(const QString& path, std::function<void(const ApiRequest&, Respond)> handler);
    // Runs `work` on this object's (the engine's) thread; dropped if this object is destroyed first.
    void onEngine(std::function<void()> work);
    // GET /electrum/events (Server-Sent Events).
    void addEventsRoute(Engine& engine);
    Status setUpToken();
    void stopFronts();

    Engine& m_engine;
    ApiOptions m_options;
    std::shared_ptr<FrontShared> m_shared; // read by the HTTP threads; not changed once they run
    struct Front
    {
        std::unique_ptr<QThread> thread;
        ApiFront* front = nullptr; // lives on `thread`
    };
    std::vector<Front> m_fronts;
    quint16 m_port = 0;
    std::unique_ptr<ServerListCache> m_serverLists; // /electrum/servers bodies until the directory or health change
    std::unique_ptr<ElectrumController> m_electrum;
    std::unique_ptr<CacheController> m_cacheStats;
    std::unique_ptr<HealthController> m_health;
    std::unique_ptr<PinsController> m_pinsApi;
    std::unique_ptr<EventsController> m_events; // engine side of the event streams
    std::unique_ptr<MetricsController> m_metrics;
    std::unique_ptr<AccessGuard> m_access;
    std::unique_ptr<ApiCookie> m_cookie;
    QString m_tokenPath;
};

} // namespace btcw
