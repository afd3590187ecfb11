// The local API's cookie: a fresh random token per start in <dataDir>/api.cookie (mode 0600), as Bitcoin Core does.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

class QRandomGenerator;

namespace btcw {

// Compares in time that depends only on the lengths, so a client cannot learn the token byte by byte.
bool tokensEqual(QByteArrayView a, QByteArrayView b);

class ApiCookie
{
public:
    static constexpr int kTokenBytes = 32;

    // Writes a new token (64 lower-case hex characters, no newline) to <dataDir>/api.cookie, replacing any left
    // by an earlier run. `random` defaults to QRandomGenerator::system(); tests may pass a seeded one.
    static Result<std::unique_ptr<ApiCookie>> create(const QString& dataDir, QRandomGenerator* random = nullptr);
    static QString cookiePath(const QString& dataDir);

    // Removes the file on clean shutdown, unless another instance has since put its own token there.
    ~ApiCookie();
    ApiCookie(const ApiCookie&) = delete;
    ApiCookie& operator=(const ApiCookie&) = delete;

    const QByteArray& token() const { return m_token; }
    const QString& path() const { return m_path; }
    bool matches(QByteArrayView presented) const { return tokensEqual(presented, m_token); }

    // Removes the file now (same rule as the destructor). Succeeds if the file is already gone.
    Status remove();

private:
    ApiCookie(QString path, QByteArray token) : m_path(std::move(path)), m_token(std::move(token)) {}

    QString m_path;
    QByteArray m_token;
};

} // namespace btcw
