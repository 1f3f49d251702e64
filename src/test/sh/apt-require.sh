# Install the Debian packages a script needs when their commands are missing: written once, here, for the scripts
# that drive a real browser (src/test/e2e/run.sh, and lab/render/render.sh, which renders the lab's pages before its
# tests in CI). Bash, to be sourced, not run. Installs as root, or with sudo; never downloads a browser itself.
#
#   . src/test/sh/apt-require.sh
#   nutgraf_apt_require chromium=/usr/bin/chromium w3m=w3m     # PACKAGE=COMMAND: install PACKAGE unless COMMAND runs

nutgraf_apt_require() {
  local missing=() pair sudo=""
  for pair in "$@"; do
    command -v "${pair#*=}" >/dev/null || missing+=("${pair%%=*}")
  done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  echo "installing Debian's ${missing[*]}"
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  timeout 300 $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 600 $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
