// Progressive enhancement for the calculator form. Everything works without it: the server renders a
// fixed number of blank rows and accepts every jenjang/golongan, then reports mistakes beside the field.
(function () {
  'use strict';

  // Selects that always have a value (e.g. the kind of a starting AK) do not make a row "filled"; those that
  // start blank are marked data-isian.
  function kosong(tr) {
    var fields = tr.querySelectorAll('input[type="text"], input[type="month"], input[type="date"], select[data-isian]');
    for (var i = 0; i < fields.length; i++) if (fields[i].value.trim() !== '') return false;
    return true;
  }

  // Row fields are named "<table>.<n>.<field>"; the table name may itself contain dots (pengangkatan.penilaianCpns).
  function indeksBerikut(tbody, nama) {
    var max = -1;
    var re = new RegExp('^' + nama.replace(/\./g, '\\.') + '\\.(\\d+)\\.');
    var names = tbody.querySelectorAll('[name]');
    for (var i = 0; i < names.length; i++) {
      var m = re.exec(names[i].getAttribute('name'));
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max + 1;
  }

  function tambahBaris(nama) {
    var table = document.querySelector('[data-tabel-baris="' + nama + '"]');
    var tpl = document.getElementById('templat-' + nama);
    if (!table || !tpl) return null;
    var tbody = table.tBodies[0];
    var i = String(indeksBerikut(tbody, nama));
    var html = tpl.innerHTML.replace(/__i__/g, i);
    var wrap = document.createElement('tbody');
    wrap.innerHTML = html.trim();
    var tr = wrap.querySelector('tr');
    tbody.appendChild(tr);
    aktifkanBaris(tr);
    return tr;
  }

  function aktifkanBaris(tr) {
    var btn = tr.querySelector('[data-hapus]');
    if (btn) btn.hidden = false;
  }

  function saring() {
    var jf = document.querySelector('[data-pilih-jf]');
    var jenjang = document.querySelector('[data-pilih-jenjang]');
    var golongan = document.querySelector('[data-pilih-golongan]');
    if (!jf || !jenjang || !golongan) return;
    var jfOpt = jf.options[jf.selectedIndex];
    var bolehJenjang = ((jfOpt && jfOpt.getAttribute('data-jenjang')) || '').split(' ');
    for (var i = 0; i < jenjang.options.length; i++) {
      var o = jenjang.options[i];
      if (!o.value) continue;
      var ok = bolehJenjang.indexOf(o.value) >= 0;
      o.hidden = !ok;
      o.disabled = !ok;
    }
    if (jenjang.selectedOptions[0] && jenjang.selectedOptions[0].disabled) jenjang.value = '';
    var j = jenjang.value;
    for (var k = 0; k < golongan.options.length; k++) {
      var g = golongan.options[k];
      if (!g.value) continue;
      var okG = !j || (g.getAttribute('data-jenjang') || '').split(' ').indexOf(j) >= 0;
      g.hidden = !okG;
      g.disabled = !okG;
    }
    if (golongan.selectedOptions[0] && golongan.selectedOptions[0].disabled) golongan.value = '';
  }

  // Pengangkatan: only the fields of the chosen kind are shown (without JavaScript all are, and the server
  // ignores the others).
  function pilihPengangkatan() {
    var pilih = document.querySelector('[data-pilih-pengangkatan]');
    if (!pilih) return;
    var bagian = document.querySelectorAll('[data-untuk-pengangkatan]');
    for (var i = 0; i < bagian.length; i++) {
      bagian[i].hidden = (bagian[i].getAttribute('data-untuk-pengangkatan') || '').split(' ').indexOf(pilih.value) < 0;
    }
  }

  function mulai() {
    var form = document.getElementById('formulir-hitung') || document.getElementById('formulir-ketik');
    if (form) {
      var js = document.querySelectorAll('.hanya-js');
      for (var i = 0; i < js.length; i++) js[i].hidden = false;
      // Keep the filled rows and one blank row; "Tambah" adds more.
      var tables = form.querySelectorAll('[data-tabel-baris]');
      for (var t = 0; t < tables.length; t++) {
        var rows = tables[t].tBodies[0].querySelectorAll('tr[data-baris]');
        var blanks = 0;
        for (var r = 0; r < rows.length; r++) {
          if (kosong(rows[r]) && !rows[r].querySelector('.pesan-galat')) {
            blanks += 1;
            if (blanks > 1) rows[r].parentNode.removeChild(rows[r]);
          }
        }
      }
      form.addEventListener('click', function (e) {
        var target = e.target;
        if (!(target instanceof Element)) return;
        var add = target.closest('[data-tambah]');
        if (add) {
          var tr = tambahBaris(add.getAttribute('data-tambah'));
          var first = tr && tr.querySelector('input, select');
          if (first) first.focus();
          return;
        }
        var del = target.closest('[data-hapus]');
        if (del) {
          var row = del.closest('tr');
          var table = del.closest('[data-tabel-baris]');
          if (row) row.parentNode.removeChild(row);
          var btn = table && form.querySelector('[data-tambah="' + table.getAttribute('data-tabel-baris') + '"]');
          if (btn) btn.focus();
        }
      });
      var jf = form.querySelector('[data-pilih-jf]');
      var jenjang = form.querySelector('[data-pilih-jenjang]');
      if (jf) jf.addEventListener('change', saring);
      if (jenjang) jenjang.addEventListener('change', saring);
      saring();
      var pengangkatan = form.querySelector('[data-pilih-pengangkatan]');
      if (pengangkatan) pengangkatan.addEventListener('change', pilihPengangkatan);
      pilihPengangkatan();
    }
    var ringkasan = document.getElementById('ringkasan-galat');
    if (ringkasan) ringkasan.focus();
    lipatan();
  }

  // Result page: sections below the summary are <details>, closed in the HTML so a phone shows the summary
  // first. On a wide screen they open; a link to a section opens it; printing opens them all.
  function bukaTujuan(id) {
    var el = id && document.getElementById(id);
    if (!el) return;
    var d = el.matches('details') ? el : el.querySelector('details[data-lipat]') || el.closest('details');
    while (d) {
      d.open = true;
      d = d.parentElement && d.parentElement.closest('details');
    }
  }

  function lipatan() {
    var tombolCetak = document.querySelectorAll('[data-cetak]');
    for (var n = 0; n < tombolCetak.length; n++) tombolCetak[n].hidden = false;
    var semua = document.querySelectorAll('details[data-lipat]');
    if (semua.length === 0) return;
    if (window.matchMedia && window.matchMedia('(min-width: 48.01rem)').matches) {
      for (var i = 0; i < semua.length; i++) semua[i].open = true;
    }
    if (location.hash) bukaTujuan(decodeURIComponent(location.hash.slice(1)));
    document.addEventListener('click', function (e) {
      var t = e.target instanceof Element ? e.target.closest('a[data-buka]') : null;
      if (t) bukaTujuan((t.getAttribute('href') || '').slice(1));
      var c = e.target instanceof Element ? e.target.closest('[data-cetak]') : null;
      if (c) window.print();
    });
    var tertutup = [];
    window.addEventListener('beforeprint', function () {
      tertutup = [];
      for (var j = 0; j < semua.length; j++)
        if (!semua[j].open) {
          tertutup.push(semua[j]);
          semua[j].open = true;
        }
    });
    window.addEventListener('afterprint', function () {
      for (var k = 0; k < tertutup.length; k++) tertutup[k].open = false;
      tertutup = [];
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mulai);
  else mulai();
})();
