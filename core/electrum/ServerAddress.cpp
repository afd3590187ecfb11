#include "electrum/ServerAddress.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QList>
#include <optional>

namespace btcw {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxHostnameLength = 253;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kOnionV3Length = 56;
constexpr qsizetype kOnionV2Length = 16;

// The English text for the API, and the same as a code ("address.<id>") for the window to translate.
Error badAddress(QString message, const char* id, QStringList args = {})
{
    return Error::make(ErrorKind::BadAddress, std::move(message))
        .withCode(u"address."_s + QLatin1String(id), std::move(args));
}

bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigitsAndDots(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c) && c != u'.')
            return false;
    }
    return true;
}

// Strict dotted quad: four decimal parts 0–255, no leading zeros (they would read as octal elsewhere).
bool isDottedQuad(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const auto part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return false;
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value > 255)
            return false;
    }
    return true;
}

int base32Value(QChar c)
{
    if (isAsciiLower(c))
        return c.unicode() - u'a';
    if (c >= u'2' && c <= u'7')
        return 26 + (c.unicode() - u'2');
    return -1;
}

// RFC 4648 base32 without padding; the caller has checked that every character is in the alphabet.
QByteArray decodeBase32(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        buffer = (buffer << 5) | quint32(base32Value(c));
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    return out;
}

// Checks a v3 onion service label (the 56 characters before ".onion").
Status validateOnionLabel(QStringView label)
{
    if (label.size() == kOnionV2Length) {
        return badAddress(u"“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, "
                          u"use the server's 56-character v3 address"_s.arg(label),
                          "onion-v2", {label.toString()});
    }
    if (label.size() != kOnionV3Length) {
        return badAddress(u"“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before "
                          u".onion, this one has %2"_s.arg(label)
                              .arg(label.size()),
                          "onion-length", {label.toString(), QString::number(label.size())});
    }
    for (QChar c : label) {
        if (base32Value(c) < 0) {
            return badAddress(
                u"“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)"_s.arg(label,
                                                                                                            QString(c)),
                "onion-base32", {label.toString(), QString(c)});
        }
    }
    const QByteArray raw = decodeBase32(label); // pubkey[32] ‖ checksum[2] ‖ version[1]
    Q_ASSERT(raw.size() == 35);
    const QByteArray pubkey = raw.left(32);
    const QByteArray checksum = raw.mid(32, 2);
    const char version = raw.at(34);
    if (version != 3) {
        return badAddress(
            u"“%1.onion” is not a valid onion address: its version byte is %2, expected 3"_s.arg(label).arg(
                int(quint8(version))),
            "onion-version", {label.toString(), QString::number(int(quint8(version)))});
    }
    QCryptographicHash sha3(QCryptographicHash::Sha3_256);
    sha3.addData(QByteArrayView(".onion checksum"));
    sha3.addData(pubkey);
    sha3.addData(QByteArrayView(&version, 1));
    if (sha3.result().left(2) != checksum) {
        return badAddress(u"“%1.onion” is not a valid onion address: its checksum does not match, "
                          u"probably a typo"_s.arg(label),
                          "onion-checksum", {label.toString()});
    }
    return success();
}

Status validateHostnameLabel(QStringView label, QStringView host)
{
    if (label.isEmpty())
        return badAddress(u"“%1” is not a valid host name: it has an empty part between dots"_s.arg(host),
                          "label-empty", {host.toString()});
    if (label.size() > kMaxLabelLength) {
        return badAddress(
            u"“%1” is not a valid host name: the part “%2” is longer than 63 characters"_s.arg(host, label),
            "label-long", {host.toString(), label.toString()});
    }
    for (QChar c : label) {
        if (!isAsciiLower(c) && !isAsciiDigit(c) && c != u'-') {
            return badAddress(u"“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and "
                              u"hyphens"_s.arg(host, QString(c)),
                              "label-character", {host.toString(), QString(c)});
        }
    }
    if (label.front() == u'-' || label.back() == u'-') {
        return badAddress(
            u"“%1” is not a valid host name: the part “%2” starts or ends with a hyphen"_s.arg(host, label),
            "label-hyphen", {host.toString(), label.toString()});
    }
    return success();
}

Result<QString> normalizeIPv6(QStringView text)
{
    if (text.contains(u'%'))
        return badAddress(u"“%1”: IPv6 zone ids (the part after %) are not supported"_s.arg(text), "ipv6-zone",
                          {text.toString()});
    QHostAddress address;
    if (!address.setAddress(text.toString()) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return badAddress(u"“%1” is not a valid IPv6 address"_s.arg(text), "ipv6", {text.toString()});
    // Canonical (compressed, lower-case) text, so the same server always has the same key.
    return address.toString();
}

Result<int> parsePort(QStringView text, QStringView whole)
{
    if (text.isEmpty())
        return badAddress(u"“%1” has an empty port"_s.arg(whole), "port-empty", {whole.toString()});
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return badAddress(u"“%1” is not a port number: use digits only"_s.arg(text), "port-digits",
                              {text.toString()});
    }
    // Long digit strings would overflow toInt; anything over 5 digits is out of range anyway.
    const QStringView trimmed = text.size() > 6 ? text.left(6) : text;
    const int port = trimmed.toInt();
    if (port < 1 || port > 65535 || text.size() > 6)
        return badAddress(u"port %1 is out of range 1–65535"_s.arg(text), "port-range", {text.toString()});
    return port;
}

Result<Transport> parseTransportLetter(QStringView text)
{
    if (text.compare(u"s", Qt::CaseInsensitive) == 0)
        return Transport::Tls;
    if (text.compare(u"t", Qt::CaseInsensitive) == 0)
        return Transport::Tcp;
    return badAddress(u"unknown transport “%1”: use t (TCP) or s (TLS)"_s.arg(text), "transport", {text.toString()});
}

} // namespace

QChar transportLetter(Transport transport)
{
    return transport == Transport::Tls ? u's' : u't';
}

QString hostKindName(HostKind kind)
{
    switch (kind) {
    case HostKind::Hostname:
        return u"hostname"_s;
    case HostKind::Onion:
        return u"onion"_s;
    case HostKind::IPv4:
    case HostKind::IPv6:
        return u"ip"_s;
    }
    return u"hostname"_s;
}

Result<QString> ServerAddress::normalizeHost(QStringView input)
{
    QStringView host = input.trimmed();
    if (host.isEmpty())
        return badAddress(u"the server address is empty"_s, "empty");

    if (host.startsWith(u'[')) {
        if (!host.endsWith(u']'))
            return badAddress(u"“%1” has an opening “[” without a closing “]”"_s.arg(host), "bracket",
                              {host.toString()});
        return normalizeIPv6(host.mid(1, host.size() - 2));
    }
    if (host.contains(u':'))
        return normalizeIPv6(host);

    QString lower = host.toString().toLower();
    // A fully qualified name may end with a dot; the key is the same without it.
    if (lower.endsWith(u'.') && lower.size() > 1)
        lower.chop(1);

    if (isDigitsAndDots(lower)) {
        if (!isDottedQuad(lower))
            return badAddress(u"“%1” is not a valid IPv4 address"_s.arg(host), "ipv4", {host.toString()});
        return lower;
    }

    if (lower.size() > kMaxHostnameLength) {
        return badAddress(u"“%1…” is not a valid host name: it is longer than 253 characters"_s.arg(lower.left(40)),
                          "host-long", {lower.left(40)});
    }
    const auto labels = QStringView(lower).split(u'.');
    if (labels.back() == u"onion") {
        if (labels.size() < 2)
            return badAddress(u"“%1” is not a valid onion address: nothing comes before .onion"_s.arg(host),
                              "onion-empty", {host.toString()});
        // Tor accepts (and ignores) subdomains of an onion service; the service itself is the last label.
        for (qsizetype i = 0; i + 2 < labels.size(); ++i) {
            if (auto st = validateHostnameLabel(labels.at(i), lower); !st)
                return st.error();
        }
        if (auto st = validateOnionLabel(labels.at(labels.size() - 2)); !st)
            return st.error();
        return lower;
    }
    for (const auto label : labels) {
        if (auto st = validateHostnameLabel(label, lower); !st)
            return st.error();
    }
    return lower;
}

HostKind ServerAddress::classifyHost(const QString& normalizedHost)
{
    if (normalizedHost.contains(u':'))
        return HostKind::IPv6;
    if (normalizedHost.endsWith(u".onion"))
        return HostKind::Onion;
    if (isDottedQuad(normalizedHost))
        return HostKind::IPv4;
    return HostKind::Hostname;
}

Result<ServerAddress> ServerAddress::create(QStringView host, int port, Transport transport)
{
    if (port < 1 || port > 65535)
        return badAddress(u"port %1 is out of range 1–65535"_s.arg(port), "port-range", {QString::number(port)});
    auto normalized = normalizeHost(host);
    if (!normalized)
        return normalized.error();
    ServerAddress address;
    address.m_host = std::move(normalized).value();
    address.m_port = quint16(port);
    address.m_transport = transport;
    address.m_kind = classifyHost(address.m_host);
    return address;
}

Result<ServerAddress> ServerAddress::parse(QStringView input, Transport defaultTransport)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        return badAddress(u"the server address is empty"_s, "empty");

    // Sparrow and Electrum also write tcp://host:port and ssl://host:port; the scheme then names the transport.
    std::optional<Transport> schemeTransport;
    if (const qsizetype schemeEnd = text.indexOf(u"://"); schemeEnd >= 0) {
        const QStringView scheme = text.left(schemeEnd);
        if (scheme.compare(u"tcp", Qt::CaseInsensitive) == 0)
            schemeTransport = Transport::Tcp;
        else if (scheme.compare(u"ssl", Qt::CaseInsensitive) == 0 || scheme.compare(u"tls", Qt::CaseInsensitive) == 0)
            schemeTransport = Transport::Tls;
        else
            return badAddress(u"unknown scheme “%1”: use tcp:// or ssl://"_s.arg(scheme), "scheme",
                              {scheme.toString()});
        text = text.mid(schemeEnd + 3);
        while (text.endsWith(u'/'))
            text.chop(1);
        if (text.isEmpty())
            return badAddress(u"the server address is empty"_s, "empty");
        defaultTransport = *schemeTransport;
    }

    QStringView host;
    QStringView rest; // ":port[:t|s]" or empty
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return badAddress(u"“%1” has an opening “[” without a closing “]”"_s.arg(text), "bracket",
                              {text.toString()});
        host = text.left(close + 1);
        rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return badAddress(u"“%1”: expected “:port” after the closing “]”"_s.arg(text), "after-bracket",
                              {text.toString()});
    } else if (text.count(u':') >= 2 && !QHostAddress(text.toString()).isNull()) {
        // A bare IPv6 address; with a port it needs brackets, since "::1:50002" is itself an IPv6 address.
        host = text;
    } else {
        const qsizetype colon = text.indexOf(u':');
        host = colon < 0 ? text : text.left(colon);
        rest = colon < 0 ? QStringView() : text.mid(colon);
    }

    Transport transport = defaultTransport;
    std::optional<int> port;
    if (!rest.isEmpty()) {
        const auto parts = rest.mid(1).split(u':');
        if (parts.size() > 2) {
            return badAddress(u"“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets "
                              u"like [::1]:50002:s"_s.arg(text),
                              "colons", {text.toString()});
        }
        if (parts.size() == 2) {
            auto letter = parseTransportLetter(parts.at(1));
            if (!letter)
                return letter.error();
            if (schemeTransport && letter.value() != *schemeTransport) {
                const QString scheme = *schemeTransport == Transport::Tls ? u"TLS"_s : u"TCP"_s;
                const QString said = letter.value() == Transport::Tls ? u"TLS"_s : u"TCP"_s;
                return badAddress(
                    u"“%1”: the scheme says %2 but the letter says %3"_s.arg(input.trimmed(), scheme, said),
                    "scheme-letter", {input.trimmed().toString(), scheme, said});
            }
            transport = letter.value();
        }
        auto number = parsePort(parts.at(0), text);
        if (!number)
            return number.error();
        port = number.value();
    }
    return create(host, port.value_or(defaultPort(transport)), transport);
}

QString ServerAddress::hostPort() const
{
    if (m_kind == HostKind::IPv6)
        return u"[%1]:%2"_s.arg(m_host).arg(m_port);
    return u"%1:%2"_s.arg(m_host).arg(m_port);
}

QString ServerAddress::toString() const
{
    return hostPort() + u':' + transportLetter(m_transport);
}

} // namespace btcw
