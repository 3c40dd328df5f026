# Shared by scripts/run and scripts/test: installs the Debian packages ElectionDesk needs and
# configures and builds it. Sourced, not run.

# What a Debian 12 machine needs to build, test and run ElectionDesk. poppler-utils (pdftotext,
# pdffonts) reads the printed reports back in the tests; libsqlite3-dev serves the storage's
# bulk paths, which call SQLite directly; sqlite3 is the benchmark's baseline.
ED_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
    libspdlog-dev libfmt-dev libgtest-dev
    libsqlite3-dev sqlite3 fonts-liberation2 poppler-utils
)

# The sanitizer build and the fuzz targets (scripts/test): clang, libFuzzer and the sanitizer
# runtimes (libclang-rt-14-dev, only recommended by clang), llvm-symbolizer for readable stacks.
ED_SANITIZE_PACKAGES=(clang libclang-rt-14-dev llvm)

ed_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# ed_install_packages [package...]: ED_PACKAGES, or the packages named.
ed_install_packages() {
    local wanted=("$@")
    [ ${#wanted[@]} -eq 0 ] && wanted=("${ED_PACKAGES[@]}")
    local missing=()
    local pkg
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "ElectionDesk needs these Debian packages. Install them, then run this again:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# ed_configure BUILD_DIR [extra cmake args...]
ed_configure() {
    local dir=$1
    shift
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ ! -f "$dir/CMakeCache.txt" ]; then
        cmake -S "$ed_root" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    else
        cmake -S "$ed_root" -B "$dir" "$@" >/dev/null
    fi
}

# ed_build BUILD_DIR [extra cmake args...]: configures and builds every target.
ed_build() {
    ed_configure "$@"
    cmake --build "$1" --parallel "$(nproc)"
}
