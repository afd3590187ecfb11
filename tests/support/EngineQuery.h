// Runs one query through the engine's query service and waits for its outcome, as the API and the window do.
#pragma once

#include "Engine.h"
#include "query/QueryService.h"

#include <QTest>
#include <optional>

namespace btcw::test {

// The outcome of `query`, or a Timeout error when none comes within waitMs.
inline QueryOutcome runQuery(Engine& engine, const Query& query, int waitMs = 20'000)
{
    std::optional<QueryOutcome> outcome;
    QObject context;
    engine.queries().run(query, &context, [&outcome](const QueryOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, waitMs))
        return QueryOutcome{Error::make(ErrorKind::Timeout, QStringLiteral("the test waited in vain")), {}};
    return *outcome;
}

} // namespace btcw::test
