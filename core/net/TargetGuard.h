// SSRF guard for caller-chosen targets: refuses hosts that are, or resolve to, non-public addresses.
#pragma once

#include "Result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>

namespace btcw {

// Why an address is (not) reachable on the public internet. Everything but Public is refused by default.
enum class AddressClass
{
    Public,
    Unspecified,   // 0.0.0.0/8, ::  (connecting to 0.0.0.0 reaches this machine on Linux)
    Loopback,      // 127/8, ::1
    Private,       // 10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10 (deprecated site-local), 64:ff9b:1::/48
    SharedCgnat,   // 100.64/10 (carrier-grade NAT, RFC 6598)
    LinkLocal,     // 169.254/16, fe80::/10
    Multicast,     // 224/4, ff00::/8
    Broadcast,     // 255.255.255.255
    Documentation, // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20
    Reserved,      // anything else not globally routable: 240/4, 198.18/15, 192.0.0/24, IPv6 outside 2000::/3, …
};

// "a loopback address", "a private (RFC 1918 / unique local) address", …: fits "X is <this>".
QString describeAddressClass(AddressClass cls);

// Classifies by the IPv4 part for IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64
// (64:ff9b::/96) and 6to4 (2002::/16) addresses, so an IPv4 loopback cannot hide inside an IPv6 form.
AddressClass classifyAddress(const QHostAddress& address);
inline bool isPublicAddress(const QHostAddress& address)
{
    return classifyAddress(address) == AddressClass::Public;
}

// What passed the guard. A caller must connect to one of `addresses` (not resolve `host` again): a second
// lookup could answer differently (DNS rebinding) and undo the check. Empty `addresses` means "connect by
// name": only for .onion (Tor resolves it remotely). With private targets allowed names are still resolved
// (nothing is refused), so callers have one rule: connect where the check looked.
struct CheckedTarget
{
    QString host;
    QList<QHostAddress> addresses;
    bool isOnion = false;
    bool nameViaTor = false; // a host name left for Tor's exit to resolve (route all via Tor)
};

class TargetGuard : public QObject
{
    Q_OBJECT
public:
    using ResolveCallback = std::function<void(Result<QList<QHostAddress>>)>;
    // Resolves a host name and calls back once on context (a late or missing answer becomes a Timeout).
    // Injected so tests can count calls and simulate a resolver that never answers.
    using Resolver = std::function<void(const QString& host, QObject* context, ResolveCallback done)>;

    explicit TargetGuard(QObject* parent = nullptr);

    void setAllowPrivateTargets(bool on) { m_allowPrivate.store(on, std::memory_order_relaxed); }
    bool allowsPrivateTargets() const { return m_allowPrivate.load(std::memory_order_relaxed); }
    // The budget for one host name lookup (default 10 s); a lookup that takes longer fails as a Timeout.
    void setResolveTimeoutMs(int ms) { m_resolveTimeoutMs = ms; }
    void setResolver(Resolver resolver);
    // Whether host names go to Tor by name ("route all via Tor"): then a name is never resolved here (that would leak
    // it to the local resolver); it passes with no addresses and Tor's exit resolves it. Literal addresses are still
    // checked. Asked at every check, so a change of route applies at once.
    void setNamesResolvedByTor(std::function<bool()> namesViaTor) { m_namesViaTor = std::move(namesViaTor); }

    // Always answers asynchronously on `context`'s thread; nothing is called if `context` is destroyed first.
    // Refusals are ErrorKind::NotAllowed with a message naming the address and why.
    // allowPrivateHere: this one target may be private (the window's user typed it), whatever the setting says.
    void check(const QString& host, QObject* context, std::function<void(Result<CheckedTarget>)> callback,
               bool allowPrivateHere = false) const;

    // True when check() would pass `host` without a lookup (an allowed literal address, a .onion): from any thread,
    // at once, for the API's hot path. False says nothing: check() gives the verdict (and a refusal's reason) then.
    bool passesAtOnce(const QString& host) const;

    // The default resolver: QHostInfo::lookupHost (the guard bounds it with the resolve timeout).
    static void resolveWithQHostInfo(const QString& host, QObject* context, ResolveCallback done);

private:
    std::atomic<bool> m_allowPrivate{false};
    int m_resolveTimeoutMs = 10000;
    Resolver m_resolver;
    std::function<bool()> m_namesViaTor;
};

} // namespace btcw
