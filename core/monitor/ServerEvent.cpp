#include "monitor/ServerEvent.h"

namespace btcw {

QString serverEventKindName(ServerEvent::Kind kind)
{
    switch (kind) {
    case ServerEvent::Kind::Down:
        return QStringLiteral("down");
    case ServerEvent::Kind::Up:
        return QStringLiteral("up");
    case ServerEvent::Kind::Lagging:
        return QStringLiteral("lagging");
    case ServerEvent::Kind::CaughtUp:
        return QStringLiteral("caught-up");
    case ServerEvent::Kind::CertificateChanged:
        return QStringLiteral("certificate-changed");
    case ServerEvent::Kind::Forked:
        return QStringLiteral("forked");
    case ServerEvent::Kind::ForkResolved:
        return QStringLiteral("fork-resolved");
    }
    return {};
}

QJsonObject ServerEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("event"), serverEventKindName(kind)},
        {QStringLiteral("server"), server.toString()},
        {QStringLiteral("host"), server.host()},
        {QStringLiteral("port"), int(server.port())},
        {QStringLiteral("transport"), server.isTls() ? QStringLiteral("tls") : QStringLiteral("tcp")},
        {QStringLiteral("network"), networkName(network)},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("verdict"), verdict},
    };
    if (height >= 0)
        o.insert(QStringLiteral("height"), height);
    if (lag >= 0)
        o.insert(QStringLiteral("lag"), lag);
    if (!certificateSha256.isEmpty())
        o.insert(QStringLiteral("certificate_sha256"), certificateSha256);
    if (!pinState.isEmpty())
        o.insert(QStringLiteral("pin_state"), pinState);
    if (!blockHash.isEmpty())
        o.insert(QStringLiteral("block_hash"), blockHash);
    return o;
}

} // namespace btcw
