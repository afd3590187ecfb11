#include "EventsController.h"

#include "live/ChainFollower.h"

namespace btcw {

EventsController::EventsController(ChainFollower& follower) : m_follower(follower) {}

EventsController::~EventsController()
{
    for (const quint64 id : std::as_const(m_follows))
        m_follower.unfollow(id);
}

void EventsController::open(const EventsRequest& request, const std::shared_ptr<EventMailbox>& mailbox)
{
    if (mailbox->isClosed())
        return;
    // The API never follows a private target unless the guard allows private targets (as for queries).
    const quint64 id = m_follower.follow(
        request.server, request.topics, [mailbox](const LiveEvent& event) { mailbox->post(event); }, false);
    m_follows.insert(mailbox.get(), id);
}

void EventsController::close(const std::shared_ptr<EventMailbox>& mailbox)
{
    if (const auto it = m_follows.find(mailbox.get()); it != m_follows.end()) {
        m_follower.unfollow(*it);
        m_follows.erase(it);
    }
}

} // namespace btcw
