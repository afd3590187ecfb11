// A staged health check of one Electrum server on a fresh session: connect, TLS, version, features, tip, header, ping.
#pragma once

#include "Clock.h"
#include "Result.h"
#include "electrum/ServerAddress.h"
#include "health/ChainParams.h"
#include "health/HealthReport.h"
#include "net/CertificatePinStore.h"
#include "net/ConnectionSettings.h"
#include "net/ProxyPolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace btcw {

class ElectrumSession;

struct HealthCheckOptions
{
    BitcoinNetwork expectedNetwork = BitcoinNetwork::Mainnet;
    // The whole check, from connect to the last reply; the session's own stage timeouts also apply.
    std::chrono::milliseconds budget{30'000};
    // A header the server must agree on; height 0 with an empty hash means "the expected network's genesis".
    int knownHeight = 0;
    QString knownHeaderHash;
    bool measurePing = true;
    // The "proof" stage (HealthProofStage.cpp): the merkle proof of the genesis coinbase against the checkpointed
    // genesis header, and the last `proofWindow` headers up to the tip linked, each meeting its target. A failure is
    // the verdict "proof: served invalid data: …".
    bool checkProof = false;
    int proofWindow = 11;
    ConnectionSettings connection;
    // What TargetGuard checked for the host: the session connects to these instead of resolving it again
    // (empty: by name, as for .onion and through a proxy).
    QList<QHostAddress> addresses;
    // Gives HealthReport::checkedAt (its UTC time) and the discovered peers' announcedAt; never null.
    const Clock* clock = &systemClock();
};

class HealthCheck : public QObject
{
    Q_OBJECT
public:
    // `pins` may be null: self-signed certificates are then judged against an in-memory store of this check only.
    HealthCheck(ServerAddress server, ProxyPolicy proxies, CertificatePinStore* pins, HealthCheckOptions options,
                QObject* parent = nullptr);
    ~HealthCheck() override;

    // Starts the check; finished() is always emitted later, from the event loop, exactly once.
    void start();
    // Stops now: the session is closed and the report fails at the running stage with "cancelled".
    void cancel();

    bool isFinished() const { return m_finished; }
    const HealthReport& report() const { return m_report; }
    const ServerAddress& server() const { return m_report.server; }

signals:
    void finished(const btcw::HealthReport& report);

private:
    void openSession(const ProxyChoice& proxy);
    void onSessionState(int state);
    void onSessionClosed(const Error& reason);
    void onBudgetExpired();
    void beginStage(QLatin1String name);
    void passStage(QString message, MessageCode code);
    // `code` words `message`; without one it is "error.<kind>", which the window words by the error's kind.
    void failStage(const Error& error, QString message, MessageCode code = {});
    void addNote(QString note, MessageCode code);
    void passConnected();
    void finish();
    void call(const QString& method, const QJsonArray& params, std::function<void(Result<QJsonValue>)> handler);
    std::chrono::milliseconds remainingBudget() const;

    void checkFeatures();
    void checkTip();
    void checkKnownHeader();
    void checkProof();
    void checkTipWindow();
    void failProof(const Error& error);
    void measurePing();

    QString judgeFeatures(const QJsonObject& features, Error* failure, MessageCode* code);

    ProxyPolicy m_proxies;
    QPointer<CertificatePinStore> m_pins;
    std::unique_ptr<CertificatePinStore> m_ownPins;
    HealthCheckOptions m_options;
    HealthReport m_report;
    ElectrumSession* m_session = nullptr;
    std::optional<CertificatePin> m_pinBefore;
    QTimer m_budgetTimer;
    QElapsedTimer m_total;
    QElapsedTimer m_stageClock;
    QString m_stage; // the running stage, empty between stages
    bool m_started = false;
    bool m_finished = false;
};

// A hash (block, certificate) shortened for a message: its first 16 characters and an ellipsis.
QString shortHash(const QString& hash);

} // namespace btcw
