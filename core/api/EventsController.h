// The engine's side of GET /electrum/events: follows a server for each open stream (ChainFollower) and stops when
// the stream ends. Lives on the engine's thread; the streams live on the HTTP threads (EventStream).
#pragma once

#include "EventStream.h"

#include <QHash>
#include <memory>

namespace btcw {

class ChainFollower;

class EventsController
{
public:
    explicit EventsController(ChainFollower& follower);
    ~EventsController(); // every stream still followed is unfollowed

    // Follows `request` for the stream behind `mailbox` (nothing when that stream has already ended).
    void open(const EventsRequest& request, const std::shared_ptr<EventMailbox>& mailbox);
    void close(const std::shared_ptr<EventMailbox>& mailbox);
    int openCount() const { return int(m_follows.size()); }

private:
    ChainFollower& m_follower;
    QHash<EventMailbox*, quint64> m_follows;
};

} // namespace btcw
