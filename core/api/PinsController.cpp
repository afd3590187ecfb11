#include "PinsController.h"

#include "Problem.h"
#include "QueryRequest.h"
#include "electrum/ServerAddress.h"
#include "net/CertificatePinStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject pinJson(const CertificatePin& pin)
{
    QJsonArray history;
    for (const ReplacedCertificate& old : pin.history) {
        history.append(QJsonObject{{u"sha256"_s, old.sha256},
                                   {u"first_seen"_s, timeJson(old.firstSeen)},
                                   {u"replaced_at"_s, timeJson(old.replacedAt)}});
    }
    QJsonValue pending(QJsonValue::Null);
    if (pin.hasPending())
        pending = QJsonObject{{u"sha256"_s, pin.pendingSha256}, {u"seen"_s, timeJson(pin.pendingSeen)}};
    return QJsonObject{
        {u"host_port"_s, pin.hostPort},
        {u"sha256"_s, pin.sha256},
        {u"first_seen"_s, timeJson(pin.firstSeen)},
        {u"last_seen"_s, timeJson(pin.lastSeen)},
        {u"changes"_s, pin.changes},
        {u"history"_s, history},
        {u"pending"_s, pending},
    };
}

// The pin key "host:port" from url (a host name, IP address or .onion) and port (default 50002, as pins are TLS).
Result<QString> hostPortFrom(const QUrlQuery& query)
{
    const QString url = query.queryItemValue(u"url"_s, QUrl::FullyDecoded).trimmed();
    if (url.isEmpty())
        return Error::make(ErrorKind::InvalidArgument, u"url: missing; give the server's host name or address"_s);
    int port = ServerAddress::defaultPort(Transport::Tls);
    if (query.hasQueryItem(u"port"_s)) {
        const QString text = query.queryItemValue(u"port"_s, QUrl::FullyDecoded);
        bool ok = false;
        port = text.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            return Error::make(ErrorKind::InvalidArgument,
                               u"port: '%1' is not a number between 1 and 65535"_s.arg(text.left(40)));
        }
    }
    auto address = ServerAddress::create(url, port, Transport::Tls);
    if (!address)
        return Error::make(ErrorKind::InvalidArgument, u"url: "_s + address.error().message);
    return address->hostPort();
}

} // namespace

PinsController::PinsController(CertificatePinStore& pins, bool tokenRequired)
    : m_pins(pins), m_tokenRequired(tokenRequired)
{
}

HttpReply PinsController::list(const QUrlQuery& query, const QString& instance) const
{
    if (auto bad = unknownParameterReply(query, {u"url"_s, u"port"_s}, instance))
        return *bad;
    if (query.isEmpty()) {
        QJsonArray pins;
        for (const CertificatePin& pin : m_pins.pins())
            pins.append(pinJson(pin));
        return noStore(HttpReply::json(QJsonDocument(QJsonObject{{u"pins"_s, pins}})));
    }
    if (!query.hasQueryItem(u"url"_s))
        return invalidArgument(u"url: missing; port alone names no server"_s, instance);
    const Result<QString> hostPort = hostPortFrom(query);
    if (!hostPort)
        return problemNoStore(hostPort.error(), instance);
    const auto pin = m_pins.pin(hostPort.value());
    if (!pin) {
        return problemNoStore(
            Error::make(
                ErrorKind::NotFound,
                u"no certificate is pinned for %1; a pin is made on the first TLS connection"_s.arg(hostPort.value())),
            instance);
    }
    return noStore(HttpReply::json(QJsonDocument(pinJson(*pin))));
}

HttpReply PinsController::trust(const QUrlQuery& query, const QString& instance)
{
    if (!m_tokenRequired) {
        return problemNoStore(
            Error::make(ErrorKind::NotAllowed,
                        u"trusting a certificate changes what btc-worker accepts, and this API runs without a token "
                        u"(--no-auth), "
                        u"so any web page in a local browser could ask for it; trust the certificate in the window "
                        u"(Servers > Certificates) or restart the API with a token"_s),
            instance);
    }
    if (auto bad = unknownParameterReply(query, {u"url"_s, u"port"_s, u"sha256"_s}, instance))
        return *bad;
    const Result<QString> hostPort = hostPortFrom(query);
    if (!hostPort)
        return problemNoStore(hostPort.error(), instance);
    const QString sha256 = query.queryItemValue(u"sha256"_s, QUrl::FullyDecoded).trimmed();
    if (sha256.isEmpty()) {
        return invalidArgument(u"sha256: missing; give the fingerprint of the new certificate, as shown by "
                               u"/electrum/pins?url=…&port=… under pending"_s,
                               instance);
    }
    const auto pin = m_pins.pin(hostPort.value());
    if (!pin) {
        return problemNoStore(
            Error::make(ErrorKind::NotFound, u"no certificate is pinned for %1"_s.arg(hostPort.value())), instance);
    }
    if (!pin->hasPending()) {
        return problemNoStore(
            Error::make(ErrorKind::Conflict,
                        u"no new certificate is pending: %1 has presented none since its pin (sha256 %2) "
                        u"was made; there is nothing to trust"_s.arg(hostPort.value(), pin->sha256)),
            instance);
    }
    const QString pending = pin->pendingSha256;
    const Status trusted = m_pins.trustPending(hostPort.value(), sha256);
    const auto now = m_pins.pin(hostPort.value());
    if (!now || now->sha256 != pending) {
        if (trusted.ok() || trusted.error().kind != ErrorKind::InvalidArgument)
            return problemNoStore(trusted.ok() ? Error::make(ErrorKind::Internal, u"the pin did not change"_s)
                                               : trusted.error(),
                                  instance);
        // A fingerprint other than the pending one: say which one is pending, so a stale link cannot pin anything.
        return problemNoStore(
            Error::make(ErrorKind::Conflict,
                        u"not the pending certificate: sha256 %1 is not the certificate %2 presented; the "
                        u"pending one is sha256 %3 (the pinned one is %4)"_s.arg(sha256.left(100), hostPort.value(),
                                                                                 pending, pin->sha256)),
            instance);
    }
    // The new pin is in effect even when the file could not be written; the answer says so instead of failing.
    QJsonObject body = pinJson(*now);
    body.insert(u"trusted"_s, true);
    body.insert(u"saved"_s, trusted.ok());
    if (!trusted.ok())
        body.insert(u"warning"_s, trusted.error().toString());
    return noStore(HttpReply::json(QJsonDocument(body)));
}

} // namespace btcw
