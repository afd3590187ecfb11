// From what the user asked for to the engine's options: at start, and again whenever the settings dialog saved.
#pragma once

#include "CommandLine.h"
#include "Engine.h"
#include "Result.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <functional>

class QObject;

namespace btcw {

class SecretStore;

// The command line over the stored settings (`config`), with the REDIS_* variables of `env` over the stored Redis
// host and port. An unusable REDIS_* variable is an error.
Result<EngineOptions> engineOptions(const AppConfig& config,
                                    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The settings dialog's OK: reads the stored settings again under the same command line (whose options still win for
// this run) and applies them to the running engine (Engine::applySettings). Returns what the user should be told:
// stored values replaced by their defaults, or why nothing could be applied.
QStringList applyStoredSettings(Engine& engine, const QStringList& arguments,
                                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// Everything the settings dialog's OK sets off, in one place: applyStoredSettings(), then the passwords read again
// from `store` (may be null) and handed to the engine (StoredSecrets). Each message for the user goes to `report`
// (the store's answers arrive later, on `context`).
void reapplySettings(Engine& engine, const QStringList& arguments, SecretStore* store, QObject* context,
                     const std::function<void(const QString& message)>& report);

} // namespace btcw
