#!/usr/bin/env bash
# A real CUPS queue for the laser-printing tests: cupsd (no systemd here) and
# a cups-pdf queue named CoopKioskPDF whose PDFs land in /var/spool/coopkiosk-pdf.
# Needs root; CI runs it before `npm test`. Tests skip with a message when the
# queue is not there.
set -euo pipefail
queue=CoopKioskPDF
out=/var/spool/coopkiosk-pdf

mkdir -p "$out"
chmod 1777 "$out"
cat > /etc/cups/cups-pdf-kiosk.conf <<CONF
Out $out
AnonDirName $out
UserUMask 0022
CONF

if ! LC_ALL=C lpstat -r 2>/dev/null | grep -q 'scheduler is running'; then
  /usr/sbin/cupsd
  for _ in $(seq 1 50); do
    LC_ALL=C lpstat -r 2>/dev/null | grep -q 'scheduler is running' && break
    sleep 0.1
  done
fi

lpadmin -p "$queue" -E -v cups-pdf:/kiosk -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd \
  -o TitlePref=1 -o Label=2 -o LogType=3 -o pdftops-renderer-default=pdftocairo
cupsaccept "$queue"
cupsenable "$queue"
LC_ALL=C lpstat -p "$queue"
echo "CUPS queue $queue ready; output in $out"
