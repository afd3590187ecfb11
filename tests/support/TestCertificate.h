// A fresh self-signed EC P-256 certificate made in memory with OpenSSL, for the test server's TLS port.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace btcw::test {

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // Subject CN and subjectAltName cover `commonName`, 127.0.0.1, ::1 and localhost; valid from an hour ago for
    // `validDays`. Returns a null certificate if OpenSSL fails (it does not, short of memory).
    static TestCertificate generate(const QString& commonName = QStringLiteral("localhost"), int validDays = 30);

    bool isNull() const { return certificate.isNull() || key.isNull(); }
    // Lower-case hex SHA-256 of the DER certificate: what clients pin.
    QString sha256() const;
};

} // namespace btcw::test
