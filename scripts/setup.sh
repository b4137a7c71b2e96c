#!/usr/bin/env bash
# Installs everything asybot needs on Debian 12 (apt packages, then npm packages). Idempotent: when everything
# is already there it only checks and returns in about a second. Needs root (or sudo) for apt.
set -euo pipefail
cd "$(dirname "$0")/.."

# asy + TeX + ghostscript (compile), dvisvgm (SVG), bubblewrap (the compile sandbox), xvfb/xauth/mesa (3D under
# a virtual display), build tools and python3 (better-sqlite3 compiles from source on this platform).
APT_PACKAGES=(asymptote dvisvgm bubblewrap xvfb xauth libgl1-mesa-dri build-essential python3 util-linux)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
  fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm: onnxruntime-node's postinstall tries to download CUDA binaries and fails offline, so skip it (the CPU
# binaries ship in the package). Re-run only when package-lock.json changed since the last install.
stamp=node_modules/.asybot-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "setup: installing npm packages"
  ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
  touch "$stamp"
fi

# The compile sandbox needs user namespaces; say so plainly instead of failing on the first request.
if ! bwrap --ro-bind /usr /usr --symlink usr/bin /bin --symlink usr/lib /lib --symlink usr/lib64 /lib64 \
     --unshare-all --die-with-parent /usr/bin/true 2>/dev/null; then
  echo "setup: bubblewrap cannot create a sandbox here (are unprivileged user namespaces disabled?" \
       "try: sysctl kernel.unprivileged_userns_clone=1)" >&2
  exit 1
fi
# The synthetic corpus (train split feeds the retrieval baseline). Reproducible from the seed; the committed
# verification ledger (data/corpus/verified.jsonl) means a fresh machine compiles nothing it already proved.
current=$(cat data/corpus/CURRENT 2>/dev/null || true)
if [ -z "$current" ] || [ ! -f "data/corpus/$current/manifest.json" ]; then
  echo "setup: building the corpus"
  node bin/asybot.js corpus build
fi
echo "setup: ready"
