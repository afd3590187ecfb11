#include "TipAgreement.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace btcw {

namespace {

struct Majority
{
    QString hash; // empty when contested
    bool contested = false;
};

} // namespace

TipAgreement computeTipAgreement(const QList<TipObservation>& observations)
{
    // Count hashes per height; only servers that gave a tip take part.
    QHash<int, QHash<QString, int>> votes;
    for (const TipObservation& o : observations) {
        if (o.height >= 0 && !o.hash.isEmpty())
            ++votes[o.height][o.hash.toLower()];
    }

    QHash<int, Majority> majority;
    for (auto h = votes.cbegin(); h != votes.cend(); ++h) {
        Majority m;
        int best = 0;
        for (auto v = h->cbegin(); v != h->cend(); ++v) {
            if (v.value() > best) {
                best = v.value();
                m.hash = v.key();
                m.contested = false;
            } else if (v.value() == best) {
                m.contested = true;
            }
        }
        if (m.contested)
            m.hash.clear();
        majority.insert(h.key(), m);
    }

    TipAgreement result;
    for (auto h = votes.cbegin(); h != votes.cend(); ++h)
        result.bestHeight = std::max(result.bestHeight, h.key());
    if (result.bestHeight >= 0)
        result.bestHash = majority.value(result.bestHeight).hash;
    for (auto m = majority.cbegin(); m != majority.cend(); ++m) {
        if (m->contested)
            result.contestedHeights.append(m.key());
    }
    std::sort(result.contestedHeights.begin(), result.contestedHeights.end());

    result.servers.reserve(observations.size());
    for (const TipObservation& o : observations) {
        ServerTip tip;
        tip.server = o.server;
        if (o.height >= 0 && !o.hash.isEmpty()) {
            tip.height = o.height;
            tip.hash = o.hash.toLower();
            tip.lag = result.bestHeight - o.height;
            const Majority m = majority.value(o.height);
            tip.forked = !m.contested && m.hash != tip.hash;
            if (tip.forked)
                ++result.forkedCount;
        }
        result.servers.append(tip);
    }
    return result;
}

TipAgreement computeTipAgreement(const QList<HealthReport>& reports)
{
    QList<TipObservation> observations;
    observations.reserve(reports.size());
    for (const HealthReport& r : reports) {
        // A report that failed after the tip stage still saw a real tip; keep it.
        const bool hasTip = r.height >= 0 && !r.tipHash.isEmpty();
        observations.append(TipObservation{r.server, hasTip ? r.height : -1, hasTip ? r.tipHash : QString()});
    }
    return computeTipAgreement(observations);
}

QJsonObject TipAgreement::toJson() const
{
    QJsonArray list;
    for (const ServerTip& s : servers) {
        QJsonObject o{{QStringLiteral("server"), s.server.toString()}, {QStringLiteral("forked"), s.forked}};
        if (s.height >= 0) {
            o.insert(QStringLiteral("height"), s.height);
            o.insert(QStringLiteral("hash"), s.hash);
            o.insert(QStringLiteral("lag"), s.lag);
        }
        list.append(o);
    }
    QJsonArray contested;
    for (int h : contestedHeights)
        contested.append(h);
    QJsonObject o{{QStringLiteral("bestHeight"), bestHeight},
                  {QStringLiteral("forkedCount"), forkedCount},
                  {QStringLiteral("servers"), list},
                  {QStringLiteral("contestedHeights"), contested}};
    if (!bestHash.isEmpty())
        o.insert(QStringLiteral("bestHash"), bestHash);
    return o;
}

} // namespace btcw
