// GET /electrum/pins (the certificate pins with their history) and /electrum/pins/trust (trust a new certificate).
#pragma once

#include "HttpReply.h"

#include <QString>
#include <QUrlQuery>

namespace btcw {

class CertificatePinStore;

class PinsController
{
public:
    // tokenRequired: whether the API checks a bearer token; without one, trust() is refused (see there).
    PinsController(CertificatePinStore& pins, bool tokenRequired);

    // GET /electrum/pins: every pin; ?url=&port= one pin (404 when none). port defaults to 50002.
    HttpReply list(const QUrlQuery& query, const QString& instance) const;
    // GET /electrum/pins/trust?url=&port=&sha256=: pins the certificate the server presented and that was refused,
    // only when sha256 is exactly that pending fingerprint (409 otherwise, naming the pending one). It changes state
    // through a GET (the API is GET/HEAD only), so with --no-auth, where any local web page could trigger it, it is
    // refused with 403.
    HttpReply trust(const QUrlQuery& query, const QString& instance);

private:
    CertificatePinStore& m_pins;
    bool m_tokenRequired;
};

} // namespace btcw
