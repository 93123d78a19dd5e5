#!/usr/bin/env bash
# Installs the real services the integration tests start (Prometheus, Alertmanager) and the headless
# browser the HTML report test renders in (Chromium), from Debian's packages, when they are missing.
# Everything else the tests need comes from npm through `pnpm install`.
set -euo pipefail

missing=()
command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "triagekit tests need: ${missing[*]} (Debian/Ubuntu package names); install them and run again." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing ${missing[*]} from the distribution's packages (once)..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
