// Batch results: filter by text and category, sort by clicking a column header. The table works
// without it; this only hides and reorders rows in the page.
(function () {
  'use strict';
  var tabel = document.getElementById('tabel-batch');
  var saring = document.getElementById('saring');
  if (!tabel || !saring) return;
  saring.hidden = false;
  var teks = document.getElementById('saring-teks');
  var kategori = document.getElementById('saring-kategori');
  var jumlah = document.getElementById('saring-jumlah');
  var tbody = tabel.tBodies[0];

  function terapkan() {
    var q = teks.value.trim().toLowerCase();
    var k = kategori.value;
    var n = 0;
    for (var i = 0; i < tbody.rows.length; i++) {
      var tr = tbody.rows[i];
      var cocok =
        (!q || tr.getAttribute('data-cari').indexOf(q) >= 0) &&
        (!k || (k === 'klaim-salah' ? tr.getAttribute('data-klaim-salah') === '1' : tr.getAttribute('data-kategori') === k));
      tr.hidden = !cocok;
      if (cocok) n++;
    }
    jumlah.textContent = n + ' dari ' + tbody.rows.length + ' pegawai ditampilkan';
  }
  teks.addEventListener('input', terapkan);
  kategori.addEventListener('change', terapkan);
  terapkan();

  var ths = tabel.tHead.rows[0].cells;
  for (var c = 0; c < ths.length; c++) {
    (function (th, kol) {
      var jenis = th.getAttribute('data-urut');
      if (!jenis) return;
      th.tabIndex = 0;
      function urut() {
        var naik = th.getAttribute('aria-sort') !== 'ascending';
        for (var j = 0; j < ths.length; j++) ths[j].removeAttribute('aria-sort');
        th.setAttribute('aria-sort', naik ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(tbody.rows);
        rows.sort(function (a, b) {
          var x = a.cells[kol],
            y = b.cells[kol];
          var r =
            jenis === 'angka'
              ? Number(x.getAttribute('data-nilai')) - Number(y.getAttribute('data-nilai'))
              : x.textContent.trim().localeCompare(y.textContent.trim(), 'id');
          return naik ? r : -r;
        });
        for (var i = 0; i < rows.length; i++) tbody.appendChild(rows[i]);
      }
      th.addEventListener('click', urut);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          urut();
        }
      });
    })(ths[c], c);
  }
})();
