// Office data for documents (kop, logo, pejabat, tembusan, numbering pattern): saved in this browser
// (localStorage) or in a JSON file the user downloads and opens again. Nothing goes to the server until
// the form is submitted. Without JavaScript the fields still submit; only the logo and these buttons need it.
(function () {
  'use strict';
  var tombolSimpan = document.getElementById('kantor-simpan');
  if (!tombolSimpan) return;
  var form = tombolSimpan.form || tombolSimpan.closest('form');
  if (!form) return;
  var KUNCI = 'angka-kredit-jf:data-kantor';
  var FORMAT = 'angka-kredit-jf/data-kantor@1';
  var KOLOM = ['kop', 'tembusan', 'ditetapkanDi', 'pejabatNama', 'pejabatNip', 'kertas', 'nomorPola', 'nomorMulai', 'nomorLebar'];
  var LOGO_MAKS = 200 * 1024;
  var status = document.getElementById('kantor-status');
  var logoTersembunyi = form.querySelector('input[type=hidden][name=logo]');
  var logoBerkas = document.getElementById('f-logo-berkas') || form.querySelector('input[type=file][name=logo]');
  var logoStatus = document.getElementById('f-logo-status');

  var perluJs = document.querySelectorAll('[data-perlu-js]');
  for (var i = 0; i < perluJs.length; i++) perluJs[i].hidden = false;

  function kabar(teks) {
    if (status) status.textContent = teks;
  }
  function medan(nama) {
    return form.elements.namedItem(nama);
  }
  function tampilLogo(teks) {
    if (logoStatus) logoStatus.textContent = teks;
  }

  /** The logo as a data URL: from the hidden field (batch page) or read from the chosen file. */
  function bacaLogo() {
    if (logoTersembunyi) return Promise.resolve(logoTersembunyi.value || '');
    var f = logoBerkas && logoBerkas.files && logoBerkas.files[0];
    if (!f) return Promise.resolve('');
    return bacaBerkas(f);
  }
  function bacaBerkas(f) {
    return new Promise(function (selesai, gagal) {
      var r = new FileReader();
      r.onload = function () {
        selesai(String(r.result));
      };
      r.onerror = gagal;
      r.readAsDataURL(f);
    });
  }

  function kumpulkan() {
    return bacaLogo().then(function (logo) {
      var data = { format: FORMAT };
      KOLOM.forEach(function (k) {
        var el = medan(k);
        if (el && 'value' in el) data[k] = el.value;
      });
      if (logo) data.logo = logo;
      return data;
    });
  }

  function isi(data) {
    if (!data || data.format !== FORMAT) throw new Error('bukan data kantor');
    KOLOM.forEach(function (k) {
      var el = medan(k);
      if (el && 'value' in el && typeof data[k] === 'string') el.value = data[k];
    });
    var logo = typeof data.logo === 'string' && /^data:image\/(png|jpeg);base64,/.test(data.logo) ? data.logo : '';
    if (logoTersembunyi) {
      logoTersembunyi.value = logo;
      tampilLogo(logo ? 'Logo dari data kantor dipakai.' : 'Belum ada logo.');
    } else if (logoBerkas && logo && typeof DataTransfer === 'function') {
      // The single-person page uploads the logo as a file: put the saved one back into the file field.
      var biner = atob(logo.slice(logo.indexOf(',') + 1));
      var bait = new Uint8Array(biner.length);
      for (var j = 0; j < biner.length; j++) bait[j] = biner.charCodeAt(j);
      var jenis = logo.indexOf('image/jpeg') > 0 ? 'image/jpeg' : 'image/png';
      var dt = new DataTransfer();
      dt.items.add(new File([bait], jenis === 'image/jpeg' ? 'logo.jpg' : 'logo.png', { type: jenis }));
      logoBerkas.files = dt.files;
    }
  }

  if (logoTersembunyi && logoBerkas) {
    logoBerkas.addEventListener('change', function () {
      var f = logoBerkas.files && logoBerkas.files[0];
      if (!f) return;
      if (f.size > LOGO_MAKS || !/^image\/(png|jpeg)$/.test(f.type)) {
        tampilLogo('Logo harus PNG atau JPEG, paling besar 200 kB.');
        logoBerkas.value = '';
        return;
      }
      bacaBerkas(f).then(function (url) {
        logoTersembunyi.value = url;
        tampilLogo('Logo ' + f.name + ' dipakai.');
      });
    });
  }

  tombolSimpan.addEventListener('click', function () {
    kumpulkan().then(function (data) {
      try {
        localStorage.setItem(KUNCI, JSON.stringify(data));
        kabar('Data kantor disimpan di peramban ini.');
      } catch (e) {
        kabar('Data kantor tidak dapat disimpan di peramban ini (penyimpanan penuh atau dimatikan); unduh sebagai berkas.');
      }
    });
  });

  var tombolMuat = document.getElementById('kantor-muat');
  if (tombolMuat) {
    tombolMuat.addEventListener('click', function () {
      var teks;
      try {
        teks = localStorage.getItem(KUNCI);
      } catch (e) {
        teks = null;
      }
      if (!teks) {
        kabar('Belum ada data kantor tersimpan di peramban ini.');
        return;
      }
      try {
        isi(JSON.parse(teks));
        kabar('Data kantor tersimpan dimuat ke formulir.');
      } catch (e) {
        kabar('Data kantor tersimpan tidak dapat dibaca.');
      }
    });
  }

  var tombolUnduh = document.getElementById('kantor-unduh');
  if (tombolUnduh) {
    tombolUnduh.addEventListener('click', function () {
      kumpulkan().then(function (data) {
        var blob = new Blob([JSON.stringify(data, null, 2) + '\n'], { type: 'application/json' });
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'data-kantor-angka-kredit.json';
        document.body.appendChild(a);
        a.click();
        setTimeout(function () {
          URL.revokeObjectURL(a.href);
          a.remove();
        }, 0);
        kabar('Data kantor diunduh sebagai data-kantor-angka-kredit.json.');
      });
    });
  }

  var buka = document.getElementById('kantor-buka');
  if (buka) {
    buka.addEventListener('change', function () {
      var f = buka.files && buka.files[0];
      if (!f) return;
      if (f.size > 1024 * 1024) {
        kabar('Berkas data kantor paling besar 1 MB.');
        return;
      }
      f.text().then(function (teks) {
        try {
          isi(JSON.parse(teks));
          kabar('Data kantor dari ' + f.name + ' dimuat ke formulir.');
        } catch (e) {
          kabar('Berkas ' + f.name + ' bukan data kantor Angka Kredit JF.');
        }
        buka.value = '';
      });
    });
  }
})();
