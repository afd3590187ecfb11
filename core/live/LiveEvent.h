// What following a server's chain yields: its tip as announced, scripthash statuses, and what happened to the feed.
#pragma once

#include "Result.h"
#include "electrum/ServerAddress.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace btcw {

// A server's tip as blockchain.headers.subscribe gave or announced it.
struct LiveTip
{
    int height = -1;
    QString hex;      // the 80-byte header, hex
    QString hash;     // the block hash (double SHA-256 of the header, shown byte-reversed)
    QDateTime seenAt; // when it arrived (UTC)

    bool isValid() const { return height >= 0 && !hex.isEmpty(); }
    // {"height", "hex"} as the server sends it, plus "hash".
    QJsonObject toJson() const;
    // From {"height": h, "hex": "<160 hex digits>"}; nullopt when it is not that shape.
    static std::optional<LiveTip> fromJson(const QJsonValue& value, const QDateTime& seenAt);
};

// What a listener wants from one server.
struct LiveTopics
{
    bool headers = false;
    QStringList scripthashes; // lower-case hex, no duplicates

    bool isEmpty() const { return !headers && scripthashes.isEmpty(); }
};

struct LiveEvent
{
    enum class Kind
    {
        Refused,      // the follow was refused before anything happened (target guard): the last event
        State,        // the current state of every topic (first event, and again after a resubscription)
        Header,       // a new tip was announced
        Status,       // one scripthash's status changed
        Disconnected, // the connection dropped or could not be made; the follower retries in retryInMs
        Problem,      // the server refused a subscription: the last event
    };

    Kind kind = Kind::State;
    ServerAddress server;
    std::optional<LiveTip> tip;          // State (with headers), Header
    QHash<QString, QJsonValue> statuses; // State: every scripthash asked for; Status: the one that changed
    Error error;                         // Refused, Disconnected, Problem
    qint64 retryInMs = 0;                // Disconnected
    int reconnects = 0;                  // State: how many times the feed had to subscribe again so far
};

} // namespace btcw
