// The office's page: institutions and their links, the state of their profiles, documents of all, region files.
(() => {
  'use strict';
  const $ = (s, root = document) => root.querySelector(s);
  const UNREACHABLE = 'Сервер не отвечает: проверьте соединение и повторите.';

  async function call(url, options = {}) {
    try {
      return await fetch(url, options);
    } catch (e) {
      throw new Error('unreachable');
    }
  }
  async function jsonOf(r) {
    try { return await r.json(); } catch (e) { return {}; }
  }
  const fileName = (response, fallback) => window.lokalakt.fileName(response, fallback);
  const saveBlob = (blob, name) => window.lokalakt.saveBlob(blob, name);
  function when(iso) {
    if (!iso) return '';
    const d = new Date(iso);
    const two = n => String(n).padStart(2, '0');
    return two(d.getDate()) + '.' + two(d.getMonth() + 1) + '.' + d.getFullYear() + ' ' + two(d.getHours()) + ':' + two(d.getMinutes());
  }
  function who(text) {
    if (text === 'офис') return 'офис';
    return text && text.startsWith('организация ') ? 'организация' : text || '';
  }
  function status(text) {
    $('#list-status').textContent = text;
  }
  function chosen() {
    return [...document.querySelectorAll('#institutions tbody input[type=checkbox]:checked')].map(c => c.value);
  }
  function showLink(title, link) {
    $('#link-card').hidden = false;
    $('#link-text').textContent = 'Ссылка доступа для «' + title + '»:';
    $('#link').value = link;
    $('#link').focus();
    $('#link').select();
  }

  async function load() {
    let r;
    try { r = await call('/api/office/institutions'); } catch (e) { status(UNREACHABLE); return; }
    const body = await jsonOf(r);
    const tbody = $('#institutions tbody');
    tbody.textContent = '';
    const list = body.institutions || [];
    status(list.length ? 'Организаций: ' + list.length : 'Организаций пока нет: добавьте первую.');
    for (const i of list) {
      const tr = document.createElement('tr');
      tr.dataset.name = i.name;
      const cell = (text, cls) => {
        const td = document.createElement('td');
        td.textContent = text;
        if (cls) td.className = cls;
        tr.appendChild(td);
        return td;
      };
      const check = document.createElement('input');
      check.type = 'checkbox';
      check.value = i.name;
      check.setAttribute('aria-label', 'Выбрать: ' + (i.title || i.name));
      const first = document.createElement('td');
      first.appendChild(check);
      tr.appendChild(first);
      cell((i.title || i.name).replace(/№ /g, '№\u00A0'), 'title');
      cell(i.state, i.saved ? (i.errors ? 'bad state' : 'good state') : 'muted state');
      cell(i.time ? when(i.time) + ' (' + who(i.who) + ')' : '—', 'time');
      cell(i.link, i.active ? 'link-state' : 'link-state bad');
      const actions = document.createElement('td');
      actions.className = 'row-actions';
      const open = document.createElement('a');
      open.href = '/?open=' + encodeURIComponent(i.name);
      open.textContent = 'Открыть';
      open.className = 'open';
      if (!i.saved) open.hidden = true;
      actions.appendChild(open);
      const reissue = document.createElement('button');
      reissue.type = 'button';
      reissue.className = 'link reissue';
      reissue.textContent = 'Новая ссылка';
      reissue.addEventListener('click', async () => {
        if (!window.confirm('Выдать «' + (i.title || i.name) + '» новую ссылку? Прежняя перестанет действовать.')) return;
        const x = await call('/api/office/institutions/' + encodeURIComponent(i.name) + '/link', { method: 'POST' });
        const b = await jsonOf(x);
        if (x.ok) { showLink(i.title || i.name, b.link); load(); } else status(b.error || 'Не получилось');
      });
      actions.appendChild(reissue);
      if (i.active) {
        const revoke = document.createElement('button');
        revoke.type = 'button';
        revoke.className = 'link revoke';
        revoke.textContent = 'Отозвать';
        revoke.addEventListener('click', async () => {
          if (!window.confirm('Отозвать ссылку «' + (i.title || i.name) + '»? Организация сразу потеряет доступ.')) return;
          const x = await call('/api/office/institutions/' + encodeURIComponent(i.name) + '/link', { method: 'DELETE' });
          if (x.ok) { status('Ссылка «' + (i.title || i.name) + '» отозвана.'); load(); } else status((await jsonOf(x)).error || 'Не получилось');
        });
        actions.appendChild(revoke);
      }
      tr.appendChild(actions);
      tbody.appendChild(tr);
    }
  }

  async function fetchFile(url, errorBox, busy) {
    $(errorBox).textContent = '';
    status(busy);
    let r;
    try { r = await call(url); } catch (e) { $(errorBox).textContent = UNREACHABLE; status(''); return; }
    if (r.ok) {
      saveBlob(await r.blob(), fileName(r, 'lokalakt.zip'));
      status('Файл готов: ' + fileName(r, ''));
    } else {
      $(errorBox).textContent = (await jsonOf(r)).error || 'Файл не создан';
      status('');
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('#add-form').addEventListener('submit', async e => {
      e.preventDefault();
      const title = $('#add-name').value.trim();
      $('#add-error').textContent = title ? '' : 'Введите наименование организации';
      if (!title) { $('#add-name').focus(); return; }
      let r;
      try {
        r = await call('/api/office/institutions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ title }) });
      } catch (x) { $('#add-error').textContent = UNREACHABLE; return; }
      const body = await jsonOf(r);
      if (!r.ok) { $('#add-error').textContent = body.error || 'Не добавлено'; return; }
      $('#add-name').value = '';
      showLink(body.title, body.link);
      load();
    });
    $('#copy-link').addEventListener('click', () => {
      $('#link').select();
      if (navigator.clipboard) navigator.clipboard.writeText($('#link').value).catch(() => document.execCommand('copy'));
      else document.execCommand('copy');
    });
    $('#all').addEventListener('change', e => {
      for (const c of document.querySelectorAll('#institutions tbody input[type=checkbox]')) c.checked = e.target.checked;
    });
    $('#download-all').addEventListener('click', () => fetchFile('/api/office/documents.zip', '#download-error',
      'Готовлю документы всех организаций…'));
    $('#download-chosen').addEventListener('click', () => {
      const names = chosen();
      if (!names.length) { $('#download-error').textContent = 'Отметьте организации в списке'; return; }
      fetchFile('/api/office/documents.zip?names=' + encodeURIComponent(names.join(',')), '#download-error',
        'Готовлю документы выбранных организаций…');
    });
    $('#amend-form').addEventListener('submit', e => {
      e.preventDefault();
      const since = $('#since').value;
      $('#since-error').textContent = since ? '' : 'Выберите дату';
      if (!since) { $('#since').focus(); return; }
      const names = chosen();
      fetchFile('/api/office/amendments.zip?since=' + since + (names.length ? '&names=' + encodeURIComponent(names.join(',')) : ''),
        '#since-error', 'Готовлю приказы о внесении изменений…');
    });
    $('#region').addEventListener('change', async e => {
      const code = e.target.value;
      $('#region-error').textContent = '';
      $('#region-text').disabled = !code;
      $('#region-save').disabled = !code;
      if (!code) { $('#region-text').value = ''; $('#region-state').textContent = ''; return; }
      const r = await call('/api/office/regions/' + encodeURIComponent(code));
      const body = await jsonOf(r);
      $('#region-text').value = body.text || '';
      $('#region-state').textContent = body.own ? 'Ваша редакция файла (встроенная заменена).' : 'Встроенный файл программы.';
    });
    $('#region-save').addEventListener('click', async () => {
      const code = $('#region').value;
      let r;
      try {
        r = await call('/api/office/regions/' + encodeURIComponent(code), { method: 'PUT',
          headers: { 'Content-Type': 'application/yaml; charset=utf-8' }, body: $('#region-text').value });
      } catch (e) { $('#region-error').textContent = UNREACHABLE; return; }
      const body = await jsonOf(r);
      if (r.ok) {
        $('#region-error').textContent = '';
        $('#region-state').textContent = 'Сохранено: действует для всех организаций региона.';
        load();
      } else $('#region-error').textContent = body.error || 'Не сохранено';
    });
    load();
  });
})();
