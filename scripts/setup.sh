#!/usr/bin/env bash
# PMC Desk set-up on Debian 12: installs what is missing, builds, then either starts the
# desktop app on the bundled demo factory (`run`) or runs every test (`test`).
set -euo pipefail

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libgl-dev
    libsqlite3-dev libpq-dev postgresql nlohmann-json3-dev libspdlog-dev libfmt-dev
    libgtest-dev libgmock-dev libbenchmark-dev libxlsxwriter-dev libzip-dev libqrencode-dev
    fonts-wqy-microhei xvfb xauth imagemagick poppler-utils
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=2
if [ "$mode" = run ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPMC_BUILD_TESTS=OFF
    cmake --build build -j "$jobs"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display: starting under xvfb-run (screenshot with: import -window root shot.png)"
        exec xvfb-run -a -s "-screen 0 1400x900x24" ./build/ui/pmc "${@:2}"
    fi
    exec ./build/ui/pmc "${@:2}"
fi

# Core and store tests once more under AddressSanitizer + UndefinedBehaviorSanitizer.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPMC_SANITIZE=ON -DPMC_BUILD_UI=OFF
cmake --build build-asan -j "$jobs" --target pmc_core_tests pmc_store_tests
(cd build-asan && ctest -L '^(core|store)$' -j "$jobs" --output-on-failure)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPMC_BUILD_TESTS=ON
cmake --build build -j "$jobs"
cd build
QT_QPA_PLATFORM=offscreen ctest -j "$jobs" --output-on-failure
