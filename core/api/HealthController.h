// GET /electrum/check (a staged health check, now) and GET /electrum/tip (do the checked servers agree?).
#pragma once

#include "HttpReply.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>

namespace btcw {

class HealthMonitor;

class HealthController
{
public:
    using Respond = std::function<void(const HttpReply&)>;

    // `health` must outlive the controller; answers for a destroyed `context` are dropped.
    HealthController(HealthMonitor& health, QObject* context);

    // GET /electrum/check?url=&port=&ssl=&network=&timeout=: 200 with the report whether or not the server is
    // healthy (the report is the answer), 400 for bad parameters. The report joins the engine's health monitor.
    void check(const QUrlQuery& query, const QString& instance, Respond respond);
    // GET /electrum/tip?network=: the agreed tip over the latest check of each server checked for that network.
    HttpReply tip(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/scan?network=&action=start|cancel&wait=: the engine's directory scan (and the peer discovery
    // that follows it). Without action: the scan's state. start: 202 (409 while one runs). wait=N (≤ 120 s): the
    // answer waits until the scan and its discovery finish, or N seconds pass.
    void scan(const QUrlQuery& query, const QString& instance, Respond respond);

private:
    // Answers with the scan's state now, or (waitSeconds > 0) once the scan and its discovery are over.
    void answerWhenIdle(int status, int waitSeconds, Respond respond);

    HealthMonitor& m_health;
    QPointer<QObject> m_context;
};

} // namespace btcw
