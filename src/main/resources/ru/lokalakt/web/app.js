// The page of lokalakt serve: keeps the profile being edited as data, writes it as YAML for the API, shows the
// validator's messages beside their fields, the case forms beside names, and a live preview.
(() => {
  'use strict';
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const CASES = [['gen', 'Р. п. (кого?)'], ['dat', 'Д. п. (кому?)'], ['acc', 'В. п. (кого?)'], ['ins', 'Т. п. (кем?)'], ['pre', 'П. п. (о ком?)']];
  const state = { data: {}, version: 'new', timer: null, seq: 0, rows: 0, valid: false };

  // ---- data by dotted path --------------------------------------------------------------------------------
  function get(obj, path) {
    return path.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
  }
  function set(obj, path, value) {
    const keys = path.split('.');
    let o = obj;
    for (let i = 0; i < keys.length - 1; i++) {
      if (!o[keys[i]] || typeof o[keys[i]] !== 'object' || Array.isArray(o[keys[i]])) o[keys[i]] = {};
      o = o[keys[i]];
    }
    const last = keys[keys.length - 1];
    if (value === undefined || value === '' || value === false) delete o[last]; else o[last] = value;
    prune(obj, keys.slice(0, -1));
  }
  function prune(obj, keys) {
    for (let n = keys.length; n > 0; n--) {
      const parent = n === 1 ? obj : get(obj, keys.slice(0, n - 1).join('.'));
      const child = parent && parent[keys[n - 1]];
      if (child && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0) delete parent[keys[n - 1]];
    }
  }
  // A phrase may be a string or its case forms; the form's input edits the nominative.
  function nominative(v) { return v && typeof v === 'object' && !Array.isArray(v) ? (v.nom || '') : (v == null ? '' : String(v)); }

  // ---- YAML ---------------------------------------------------------------------------------------------
  const PLAIN = /^[^\s\-?:,\[\]{}#&*!|>'"%@`][^\n]*$/;
  function scalar(v) {
    if (typeof v === 'boolean' || typeof v === 'number') return String(v);
    const s = String(v);
    const plain = PLAIN.test(s) && !/: |:$| #|\s$/.test(s) && !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(s);
    return plain ? s : JSON.stringify(s);
  }
  function yaml(value, pad) {
    let out = '';
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item && typeof item === 'object') {
          const inner = yaml(item, pad + '  ');
          out += pad + '- ' + inner.slice(pad.length + 2);
        } else {
          out += pad + '- ' + scalar(item) + '\n';
        }
      }
      return out;
    }
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      if (Array.isArray(v)) {
        out += v.length ? pad + k + ':\n' + yaml(v, pad + '  ') : pad + k + ': []\n';
      } else if (typeof v === 'object') {
        out += Object.keys(v).length ? pad + k + ':\n' + yaml(v, pad + '  ') : '';
      } else {
        out += pad + k + ': ' + scalar(v) + '\n';
      }
    }
    return out;
  }
  function profileText() {
    return '# Профиль организации для lokalakt (сохранён со страницы lokalakt serve)\n' + yaml(state.data, '');
  }

  // ---- the API ------------------------------------------------------------------------------------------
  async function post(url, body) {
    return fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'application/yaml' } });
  }
  async function jsonOf(response) {
    try { return await response.json(); } catch (e) { return { error: 'сервер ответил ' + response.status }; }
  }

  // ---- the form -----------------------------------------------------------------------------------------
  function fieldOf(el) { return el.closest('.field'); }
  function fill() {
    for (const el of $$('#profile-form [data-path]')) {
      const v = get(state.data, el.dataset.path);
      if (el.type === 'checkbox') el.checked = v === true;
      else el.value = nominative(v);
    }
    const head = state.data.head || {};
    for (const el of $$('#g-head [data-person]')) el.value = head[el.dataset.person] || '';
    ownRegion();
    $('#staff-rows').textContent = '';
    const staff = state.data.staff || {};
    for (const key of Object.keys(staff)) addRow(key);
    staffChoices();
  }
  function onInput(e) {
    const el = e.target;
    if (el.matches('input[data-case]')) return;
    if (el.matches('#profile-form [data-path]')) {
      const path = el.dataset.path;
      const current = get(state.data, path);
      if (el.type === 'checkbox') set(state.data, path, el.checked ? true : undefined);
      else if (el.tagName === 'INPUT' && current && typeof current === 'object' && !Array.isArray(current) && el.value) current.nom = el.value;
      else set(state.data, path, el.value.trim() === '' ? undefined : el.value);
      if (path === 'region') ownRegion();
    } else if (el.matches('#g-head [data-person]')) {
      state.data.head = state.data.head || {};
      setPerson(state.data.head, el.dataset.person, el.value);
      if (!Object.keys(state.data.head).length) delete state.data.head;
    } else if (el.closest('.staff-row') && (el.dataset.person || el.matches('[data-key]'))) {
      staffInput(el);
    } else {
      return;
    }
    schedule();
  }
  function setPerson(person, field, value) {
    const current = person[field];
    if (current && typeof current === 'object' && value) current.nom = value;
    else if (value.trim() === '') delete person[field];
    else person[field] = value;
  }

  // A region outside the bundled ones: its name and ministry are asked for in the form itself.
  function ownRegion() {
    $('#own-region').hidden = typeof state.data.region === 'string';
  }

  // Staff: one row per key of staff; renaming the key keeps the order of the others.
  function addRow(key) {
    const n = ++state.rows;
    const html = $('#staff-row').innerHTML.replaceAll('ROW', String(n));
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const row = holder.firstElementChild;
    row.dataset.key = key;
    $('legend', row).textContent = 'Работник ' + n;
    const keyInput = $('[data-key]', row);
    keyInput.id = 'staff-' + n + '-key';
    $('label', fieldOf(keyInput)).setAttribute('for', keyInput.id);
    const keyError = $('.error', fieldOf(keyInput));
    keyError.id = keyInput.id + '-error';
    keyInput.setAttribute('aria-describedby', keyError.id);
    keyInput.value = key;
    const person = (state.data.staff || {})[key] || {};
    for (const el of $$('[data-person]', row)) el.value = nominative(person[el.dataset.person]);
    $('[data-forms]', row).dataset.forms = 'staff.' + key;
    $('#staff-rows').appendChild(row);
    return row;
  }
  function staffInput(el) {
    const row = el.closest('.staff-row');
    const staff = state.data.staff = state.data.staff || {};
    const key = row.dataset.key;
    if (el.matches('[data-key]')) {
      const newKey = el.value.trim();
      if (!newKey || newKey === key || staff[newKey]) return;
      const renamed = {};
      for (const [k, v] of Object.entries(staff)) renamed[k === key ? newKey : k] = v;
      state.data.staff = renamed;
      row.dataset.key = newKey;
      $('[data-forms]', row).dataset.forms = 'staff.' + newKey;
      for (const path of ['order.responsible', 'order.control', 'order.executor', 'order.case_clerk']) {
        if (get(state.data, path) === key) set(state.data, path, newKey);
      }
      staffChoices();
      return;
    }
    staff[key] = staff[key] || {};
    setPerson(staff[key], el.dataset.person, el.value);
  }
  function newStaff() {
    const staff = state.data.staff = state.data.staff || {};
    let n = 1;
    while (staff['person' + n]) n++;
    staff['person' + n] = {};
    const row = addRow('person' + n);
    staffChoices();
    $('[data-key]', row).focus();
  }
  function removeStaff(button) {
    const row = button.closest('.staff-row');
    delete (state.data.staff || {})[row.dataset.key];
    if (state.data.staff && !Object.keys(state.data.staff).length) delete state.data.staff;
    row.remove();
    staffChoices();
    schedule();
  }
  function staffChoices() {
    const keys = Object.keys(state.data.staff || {});
    for (const select of $$('select[data-type="staff"]')) {
      const value = get(state.data, select.dataset.path) || '';
      for (const o of $$('option', select)) if (o.value !== '' && o.value !== 'self') o.remove();
      for (const k of keys) {
        const o = document.createElement('option');
        const p = state.data.staff[k] || {};
        o.value = k;
        o.textContent = k + (p.surname ? ' — ' + p.surname + ' ' + (p.initials || '') : '');
        select.appendChild(o);
      }
      select.value = value;
    }
  }

  // ---- messages beside fields ---------------------------------------------------------------------------
  function target(field) {
    if (!field) return null;
    let path = field;
    while (path) {
      let el = $(`#profile-form [data-path="${CSS.escape(path)}"]`);
      if (el) return el;
      const m = path.match(/^head(?:\.([a-z_]+))?/);
      if (m && !path.startsWith('head.position')) {
        el = $(`#g-head [data-person="${m[1] || 'surname'}"]`);
        if (el) return el;
      }
      const s = path.match(/^staff\.([^.]+)(?:\.([a-z_]+))?/);
      if (s) {
        const row = $$('.staff-row').find(r => r.dataset.key === s[1]);
        if (row) return $(s[2] ? `[data-person="${s[2]}"]` : '[data-person="surname"]', row) || $('[data-key]', row);
      }
      path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '';
    }
    return null;
  }
  function showErrors(errors) {
    for (const p of $$('#profile-form .error')) p.textContent = '';
    for (const el of $$('#profile-form [aria-invalid]')) el.removeAttribute('aria-invalid');
    const general = [];
    for (const e of errors) {
      const el = target(e.field);
      const box = el && $('.error', fieldOf(el));
      if (box) {
        box.textContent = box.textContent ? box.textContent + '; ' + e.message : e.message;
        el.setAttribute('aria-invalid', 'true');
      } else {
        general.push(e.message);
      }
    }
    const g = $('#general-errors');
    g.textContent = '';
    for (const m of general) {
      const p = document.createElement('p');
      p.textContent = m;
      g.appendChild(p);
    }
  }

  // ---- case forms beside names --------------------------------------------------------------------------
  function showForms(forms) {
    for (const box of $$('[data-forms]')) {
      const path = box.dataset.forms;
      const f = forms[path];
      if (!f) { box.textContent = ''; continue; }
      if (!box.firstChild || box.dataset.built !== path) {
        box.textContent = '';
        box.dataset.built = path;
        const title = document.createElement('p');
        title.className = 'forms-title';
        title.textContent = 'В документах будет:';
        box.appendChild(title);
        for (const [c, label] of CASES) {
          const id = 'forms-' + path.replace(/\W/g, '-') + '-' + c;
          const wrap = document.createElement('span');
          wrap.className = 'case';
          const l = document.createElement('label');
          l.setAttribute('for', id);
          l.textContent = label;
          const input = document.createElement('input');
          input.id = id;
          input.dataset.case = c;
          input.dataset.formsPath = path;
          input.setAttribute('autocomplete', 'off');
          wrap.append(l, input);
          box.appendChild(wrap);
        }
      }
      for (const input of $$('input[data-case]', box)) {
        if (document.activeElement !== input) input.value = f[input.dataset.case] || '';
      }
    }
  }
  // Editing a shown form overrides that one case: a person's surname form, or a phrase's form.
  function onFormOverride(e) {
    const input = e.target;
    if (!input.matches('input[data-case]')) return;
    const path = input.dataset.formsPath;
    const c = input.dataset.case;
    const value = input.value.trim();
    const person = path === 'head' ? state.data.head : path.startsWith('staff.') && path.split('.').length === 2
      ? (state.data.staff || {})[path.slice(6)] : null;
    if (person) {
      const forms = person.surname_forms = person.surname_forms || {};
      if (value) forms[c] = value.split(/\s+/)[0]; else delete forms[c];
      if (!Object.keys(forms).length) delete person.surname_forms;
    } else {
      let v = get(state.data, path);
      if (!v || typeof v !== 'object') v = { nom: nominative(v) };
      if (value) v[c] = value; else delete v[c];
      set(state.data, path, Object.keys(v).length === 1 ? v.nom : v);
    }
    schedule();
  }

  // ---- validation and preview ---------------------------------------------------------------------------
  function schedule() {
    clearTimeout(state.timer);
    $('#status').textContent = 'Проверяю…';
    state.timer = setTimeout(update, 350);
  }
  async function update() {
    const seq = ++state.seq;
    const text = profileText();
    try {
      const [validation, forms] = await Promise.all([post('/api/validate', text), post('/api/forms', text)]);
      const v = await jsonOf(validation);
      const f = await jsonOf(forms);
      if (seq !== state.seq) return;
      const errors = v.errors || [];
      showErrors(errors);
      showForms(f || {});
      state.valid = errors.length === 0;
      $('#status').textContent = state.valid ? 'Ошибок нет' : 'Замечаний: ' + errors.length;
      if (state.valid) await preview(seq, text);
      else $('#preview-note').textContent = 'Предпросмотр обновится, когда замечания будут исправлены.';
    } catch (e) {
      if (seq === state.seq) $('#status').textContent = 'Сервер не отвечает';
    }
  }
  async function preview(seq, text) {
    const doc = $('#doc').value;
    const r = await post('/api/render?doc=' + encodeURIComponent(doc) + '&format=html', text);
    if (seq !== state.seq) return;
    if (r.ok) {
      $('#preview').srcdoc = await r.text();
      $('#preview-note').textContent = '';
    } else {
      const body = await jsonOf(r);
      showErrors(body.errors || []);
      $('#preview-note').textContent = 'Предпросмотр недоступен: есть замечания.';
    }
  }

  // ---- downloads, saving --------------------------------------------------------------------------------
  function fileName(response, fallback) {
    const header = response.headers.get('Content-Disposition') || '';
    const m = header.match(/filename\*=UTF-8''([^;]+)/);
    return m ? decodeURIComponent(m[1]) : fallback;
  }
  function saveBlob(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  async function download(format) {
    const doc = $('#doc').value;
    const url = '/api/render?format=' + format + (format === 'zip' ? '' : '&doc=' + encodeURIComponent(doc));
    $('#status').textContent = 'Готовлю файл…';
    const r = await post(url, profileText());
    if (r.ok) {
      saveBlob(await r.blob(), fileName(r, 'document.' + format));
      $('#status').textContent = 'Файл готов';
    } else {
      const body = await jsonOf(r);
      showErrors(body.errors || [{ message: body.error }]);
      $('#status').textContent = 'Файл не создан: исправьте замечания';
    }
  }
  async function save() {
    const name = state.data.id;
    if (!name) {
      showErrors([{ field: 'id', message: 'чтобы сохранить профиль, задайте id — имя папки латиницей' }]);
      return;
    }
    const r = await fetch('/api/profiles/' + encodeURIComponent(name), {
      method: 'PUT', body: profileText(), headers: { 'Content-Type': 'application/yaml', 'If-Match': '"' + state.version + '"' } });
    const body = await jsonOf(r);
    if (r.ok) {
      state.version = body.version;
      $('#status').textContent = 'Сохранено';
      savedList();
    } else {
      $('#status').textContent = 'Не сохранено';
      showErrors([{ message: body.error || 'не сохранено' }]);
    }
  }

  // ---- the start screen ---------------------------------------------------------------------------------
  function open(data, version) {
    state.data = data || {};
    state.version = version || 'new';
    state.rows = 0;
    $('#start').hidden = true;
    $('#editor').hidden = false;
    fill();
    $('#editor-title').focus();
    schedule();
  }
  async function openText(text, version) {
    const r = await post('/api/parse', text);
    const body = await jsonOf(r);
    if (body.errors && body.errors.length) {
      const e = body.errors[0];
      $('#upload-error').textContent = (e.line ? 'строка ' + e.line + ': ' : '') + e.message;
      return;
    }
    $('#upload-error').textContent = '';
    open(body.data, version);
  }
  async function savedList() {
    const r = await fetch('/api/profiles');
    if (!r.ok) return;
    const names = (await r.json()).profiles || [];
    const list = $('#saved-list');
    list.textContent = '';
    if (!names.length) {
      const li = document.createElement('li');
      li.className = 'muted';
      li.textContent = 'пока ничего не сохранено';
      list.appendChild(li);
    }
    for (const n of names) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'link';
      b.textContent = n;
      b.addEventListener('click', async () => {
        const p = await fetch('/api/profiles/' + encodeURIComponent(n));
        if (p.ok) openText(await p.text(), (p.headers.get('ETag') || '').replace(/"/g, ''));
      });
      li.appendChild(b);
      list.appendChild(li);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('#editor-title').tabIndex = -1;
    $('#new-form').addEventListener('submit', e => {
      e.preventDefault();
      const data = { kind: $('#new-kind').value };
      if ($('#new-region').value) data.region = $('#new-region').value;
      open(data);
    });
    for (const b of $$('[data-example]')) {
      b.addEventListener('click', async () => {
        const r = await fetch('/api/examples/' + b.dataset.example);
        if (r.ok) openText(await r.text());
      });
    }
    $('#upload').addEventListener('change', async e => {
      const file = e.target.files[0];
      if (file) openText(await file.text());
    });
    $('#back').addEventListener('click', () => { $('#editor').hidden = true; $('#start').hidden = false; savedList(); });
    const form = $('#profile-form');
    form.addEventListener('input', onInput);
    form.addEventListener('change', e => { if (e.target.matches('select, input[type=checkbox]')) onInput(e); });
    form.addEventListener('change', onFormOverride);
    form.addEventListener('submit', e => e.preventDefault());
    form.addEventListener('click', e => { if (e.target.matches('.remove-staff')) removeStaff(e.target); });
    $('#add-staff').addEventListener('click', newStaff);
    $('#doc').addEventListener('change', schedule);
    for (const b of $$('[data-download]')) b.addEventListener('click', () => download(b.dataset.download));
    $('#download-yaml').addEventListener('click', () =>
      saveBlob(new Blob([profileText()], { type: 'application/yaml' }), (state.data.id || 'profil') + '.yaml'));
    $('#save').addEventListener('click', save);
    savedList();
  });
})();
