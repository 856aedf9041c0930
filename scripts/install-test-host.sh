#!/usr/bin/env bash
# Installs the offline test host: Debian packages (Kerberos headers, ripgrep, Chromium, build
# tools) and code-server (a full VS Code server + web workbench) into .vscode-test/code-server.
# Idempotent: a marker file records the installed version and Node ABI; a matching marker skips
# the npm work. Only the npm registry and Debian's mirrors are contacted (see
# ../shared/docs/real-vscode-host.md for why each step is needed).
#
# Usage: scripts/install-test-host.sh        (env TEST_HOST_DIR overrides the install folder)
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${TEST_HOST_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$DEST/.installed"
APT_PACKAGES=(libkrb5-dev ripgrep chromium build-essential python3 pkg-config)

say() { printf '[install-test-host] %s\n' "$*"; }
die() { printf '[install-test-host] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'die "failed at line $LINENO (command: $BASH_COMMAND); re-run to start the npm part from scratch"' ERR

# Every package manager run below must stay on the npm registry and Debian: refuse the usual
# binary downloaders outright (a missing binary then fails loudly instead of hanging offline).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ELECTRON_SKIP_BINARY_DOWNLOAD=1 \
  PUPPETEER_SKIP_DOWNLOAD=1 npm_config_update_notifier=false npm_config_fund=false \
  npm_config_audit=false npm_config_progress=false

# --- 1. Debian packages -------------------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
    die "missing Debian packages: ${missing[*]} (run as root, or: apt-get install -y ${missing[*]})"
  fi
  say "apt-get install ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq || die "apt-get update failed (Debian mirror unreachable?)"
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null || die "apt-get install ${missing[*]} failed"
else
  say "Debian packages present: ${APT_PACKAGES[*]}"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium not found after installing 'chromium'"
RG="$(command -v rg)" || die "rg not found after installing 'ripgrep'"

# --- 2. Node toolchain checks -------------------------------------------------------------
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are required"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[[ "$NODE_MAJOR" == 20 ]] || say "WARNING: code-server $CODE_SERVER_VERSION is built for Node 20; found $(node --version)"
NODE_ABI="$(node -p process.versions.modules)"
# node-gyp downloads Node's headers from nodejs.org unless it finds local ones: point it at them.
NODEDIR="${npm_config_nodedir:-$(npm config get nodedir 2>/dev/null || true)}"
[[ -n "$NODEDIR" && "$NODEDIR" != undefined && "$NODEDIR" != null ]] || NODEDIR="$(dirname "$(dirname "$(command -v node)")")"
[[ -f "$NODEDIR/include/node/node_version.h" ]] ||
  die "Node headers not found under $NODEDIR/include/node (node-gyp would fetch them from nodejs.org); set npm_config_nodedir"
export npm_config_nodedir="$NODEDIR"

# --- 3. code-server -----------------------------------------------------------------------
WANT="code-server@$CODE_SERVER_VERSION node-abi=$NODE_ABI"
mkdir -p "$(dirname "$DEST")"
# One installer at a time (CI and a developer may both trigger it).
exec 9>"$(dirname "$DEST")/.install-test-host.lock"
flock 9

if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$WANT" && -x "$DEST/node_modules/.bin/code-server" ]]; then
  say "$WANT already installed in $DEST (delete $MARKER to force a reinstall)"
  exit 0
fi

# No marker (or another version/ABI): a partial or stale tree is not worth repairing.
[[ -e "$DEST" ]] && { say "removing stale $DEST"; rm -rf "$DEST"; }
start=$SECONDS
mkdir -p "$DEST"
cd "$DEST"
npm init -y >/dev/null

say "npm install code-server@$CODE_SERVER_VERSION (scripts off: its postinstall refuses root)"
npm install --ignore-scripts "code-server@$CODE_SERVER_VERSION" >npm-install.log 2>&1 ||
  { tail -30 npm-install.log >&2; die "npm install code-server failed (log: $DEST/npm-install.log)"; }

say "building argon2 from source"
npm_config_build_from_source=true npm rebuild argon2 >npm-argon2.log 2>&1 ||
  { tail -30 npm-argon2.log >&2; die "argon2 build failed (log: $DEST/npm-argon2.log)"; }

VS="$DEST/node_modules/code-server/lib/vscode"
cd "$VS"
say "installing VS Code server dependencies"
npm install --omit=dev --ignore-scripts >"$DEST/npm-vscode.log" 2>&1 ||
  { tail -30 "$DEST/npm-vscode.log" >&2; die "VS Code deps failed (log: $DEST/npm-vscode.log)"; }

# @vscode/ripgrep's postinstall downloads rg from GitHub; with the binary in place it skips that.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg

say "compiling native modules (node-pty, spdlog, watcher, kerberos, ...): takes a few minutes"
npm_config_yes=true npm rebuild >"$DEST/npm-rebuild.log" 2>&1 ||
  { tail -40 "$DEST/npm-rebuild.log" >&2; die "native rebuild failed (log: $DEST/npm-rebuild.log)"; }
# The server loads some modules through an 'node_modules.asar' path, as in the packaged app.
ln -sfn node_modules node_modules.asar

say "installing built-in extensions' dependencies"
(cd extensions && npm install --omit=dev) >"$DEST/npm-extensions.log" 2>&1 ||
  { tail -30 "$DEST/npm-extensions.log" >&2; die "extensions deps failed (log: $DEST/npm-extensions.log)"; }

# Smoke check: the server starts far enough to print its version, and the native modules load.
cd "$DEST"
"$DEST/node_modules/.bin/code-server" --version >/dev/null ||
  die "code-server --version failed after install"
(cd "$VS" && node -e 'for (const m of ["node-pty", "@vscode/spdlog", "@parcel/watcher", "kerberos"]) require(m)') ||
  die "a native module of the VS Code server does not load (see $DEST/npm-rebuild.log)"

echo "$WANT" >"$MARKER"
say "installed $WANT in $DEST in $((SECONDS - start)) s"
