#!/usr/bin/env bash
# Turns a Debian 12 box into a Gym Floor Kiosk: installs cage and the kiosk's .deb, creates the kiosk user,
# writes /etc/gym-floor-kiosk/kiosk.json when there is none, gives tty1 to the kiosk and enables its unit.
# Run it as root from a copy of the whole deploy/ folder, whose unit, PAM file and sample config it installs:
#   sudo ./setup.sh [--staff-pin-hash HASH] [--no-start] ./gym-floor-kiosk_<version>_amd64.deb
# Running it again is safe: it keeps an existing config and user, and reinstalls the package and the unit.
set -euo pipefail

KIOSK_USER=gym-kiosk
UNIT=gym-floor-kiosk.service
PAM_SERVICE=gym-floor-kiosk
# Every file this script writes lands under this prefix; empty on a real box (the tests point it elsewhere).
ROOT="${KIOSK_SETUP_ROOT:-}"
CONFIG_DIR="$ROOT/etc/gym-floor-kiosk"
# deploy/linux/: the unit and PAM file sit here, the sample config one folder up (shared with Windows).
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

usage() {
  cat <<EOF
Usage: sudo $0 [--staff-pin-hash HASH] [--no-start] PATH/TO/gym-floor-kiosk_<version>_amd64.deb

  --staff-pin-hash HASH  the line that 'npm run staff:hash-pin' prints, written into a new kiosk.json
                         (without it, staff entry stays closed until staffPinHash is added to the config)
  --no-start             enable the kiosk for the next boot but do not start it now
EOF
}

die() {
  echo "setup.sh: $*" >&2
  exit 1
}

# The line 'npm run staff:hash-pin' prints, scrypt$N$r$p$salt$hash; it goes into JSON as it is, so nothing else passes.
valid_hash() {
  local line='^scrypt[$][0-9]+[$][0-9]+[$][0-9]+[$][A-Za-z0-9+/]+={0,2}[$][A-Za-z0-9+/]+={0,2}$'
  [[ "$1" =~ $line ]]
}

# The sample config, with staffPinHash as its first key when there is a hash.
render_config() {
  local sample="$1" hash="$2"
  awk -v hash="$hash" '{ print } NR == 1 && hash != "" { print "  \"staffPinHash\": \"" hash "\"," }' "$sample"
}

# Writes DIR/kiosk.json (root-owned, mode 0640, readable by GROUP) unless one is there already.
install_config() {
  local sample="$1" dir="$2" group="$3" hash="$4"
  install -d -m 0750 "$dir"
  chgrp "$group" "$dir"
  if [ -e "$dir/kiosk.json" ]; then
    echo "Keeping the existing $dir/kiosk.json${hash:+ (staffPinHash not written: add it there yourself)}"
    return 0
  fi
  local draft
  draft="$(mktemp "$dir/.kiosk.json.XXXXXX")"
  render_config "$sample" "$hash" >"$draft"
  chmod 0640 "$draft"
  chgrp "$group" "$draft"
  mv "$draft" "$dir/kiosk.json"
  echo "Wrote $dir/kiosk.json: edit it for this gym (station, languages, opening hours; every key: kiosk.example.json)"
  if [ -z "$hash" ]; then
    echo "  No staff PIN yet: add \"staffPinHash\" (from 'npm run staff:hash-pin') or, for the first start only, \"staffPin\""
  fi
}

ensure_user() {
  if id -u "$KIOSK_USER" >/dev/null 2>&1; then
    echo "User $KIOSK_USER exists"
  else
    useradd --create-home --user-group --shell /usr/sbin/nologin --comment "Gym Floor Kiosk" -K HOME_MODE=0750 "$KIOSK_USER"
    echo "Created user $KIOSK_USER (no password, no login shell)"
  fi
  # The logind session already grants the seat's devices; these groups cover GPUs and sound cards without it.
  local group
  for group in video render audio; do
    if getent group "$group" >/dev/null; then usermod -a -G "$group" "$KIOSK_USER"; fi
  done
}

install_packages() {
  local deb="$1"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  # libpam-systemd and dbus give the kiosk's PAM session its logind seat; a minimal Debian may lack them.
  apt-get install -y cage libpam-systemd dbus "$deb"
}

install_unit() {
  install -d -m 0755 "$ROOT/etc/systemd/system" "$ROOT/etc/pam.d"
  install -m 0644 "$HERE/$UNIT" "$ROOT/etc/systemd/system/$UNIT"
  install -m 0644 "$HERE/$PAM_SERVICE.pam" "$ROOT/etc/pam.d/$PAM_SERVICE"
  # No login prompt on the kiosk's screen: the unit owns tty1 (undo with systemctl unmask getty@tty1).
  systemctl disable getty@tty1.service >/dev/null 2>&1 || true
  systemctl mask getty@tty1.service
  systemctl daemon-reload
  systemctl enable "$UNIT"
}

# Taking tty1 ends whatever runs there, so from a shell on tty1 itself the kiosk starts at the next boot.
on_tty1() {
  [ "$(tty 2>/dev/null)" = /dev/tty1 ] || [ "$(ps -o tty= -p $$ 2>/dev/null | tr -d ' ')" = tty1 ]
}

main() {
  local hash="" start=1 deb=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --staff-pin-hash) [ $# -ge 2 ] || die "--staff-pin-hash needs a value"; hash="$2"; shift 2 ;;
      --no-start) start=0; shift ;;
      -h | --help) usage; return 0 ;;
      -*) usage >&2; die "unknown option: $1" ;;
      *) [ -z "$deb" ] || die "one .deb only, got $deb and $1"; deb="$1"; shift ;;
    esac
  done
  [ -n "$deb" ] || { usage >&2; exit 2; }
  [ -f "$deb" ] || die "no such file: $deb"
  [ -z "$hash" ] || valid_hash "$hash" || die "that does not look like a hash from 'npm run staff:hash-pin'"
  [ "$(id -u)" -eq 0 ] || die "run me as root (sudo $0 …)"
  local package
  package="$(dpkg-deb --field "$deb" Package)"
  [ "$package" = gym-floor-kiosk ] || die "$deb is the package '$package', not gym-floor-kiosk"

  install_packages "$(realpath "$deb")"
  ensure_user
  install_config "$HERE/../kiosk.json" "$CONFIG_DIR" "$KIOSK_USER" "$hash"
  install_unit

  if [ "$start" -eq 0 ]; then
    echo "Done. The kiosk starts at the next boot."
  elif on_tty1; then
    echo "Done. You are on tty1, which the kiosk takes over: reboot to start it."
  else
    systemctl stop getty@tty1.service >/dev/null 2>&1 || true
    systemctl restart "$UNIT"
    echo "Done. The kiosk is starting on tty1; follow it with: journalctl -u $UNIT -f"
  fi
}

# Sourced (by the tests), it only defines the functions above.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  main "$@"
fi
