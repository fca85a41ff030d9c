# Records what huggingface_hub itself sends to the Hub for a pull and a commit, as fixtures for
# Cardwright's own pull and push (src/test/resources/dev/cardwright/hub/*.json).
#
#   /tmp/hfvenv/bin/python tools/record_hub_protocol.py src/test/resources/dev/cardwright/hub
#
# A small Hub stand-in (Python's http.server) holds one model and one dataset repository and
# answers the endpoints huggingface_hub 2.x uses (repo info, resolve, validate-yaml, preupload,
# commit) the way the Hub does, including its error answers (401, 403, 404, 409, 412, 429).
# HF_ENDPOINT points huggingface_hub at it; every request and answer of a scenario is written to
# one JSON file. Tests never need this script: they replay the files with the JDK's HttpServer.
import base64, hashlib, json, os, sys, tempfile, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs, unquote

OUT = sys.argv[1] if len(sys.argv) > 1 else 'recordings'
TOKEN = 'hf_cardwright_test_token'
SHA0 = '0123456789abcdef0123456789abcdef01234567'
SHA_NEW = '89abcdef0123456789abcdef0123456789abcdef'

MODEL_FILES = {
    'README.md': b'---\nlicense: mit\nlanguage:\n- en\n---\n# Tiny model\n\nA model for tests.\n\n## Uses\n\nFor tests.\n',
    'README_zh.md': '# 小模型\n\n用于测试的模型。\n\n## 用途\n\n用于测试。\n'.encode(),
    '.eval_results/hle.yaml': b'# scores\n- dataset:\n    id: cais/hle\n    task_id: default\n  value: 20.9\n',
    'config.json': b'{"model_type": "tiny"}\n',
}
DATASET_FILES = {
    'README.md': b'---\nlicense: cc-by-4.0\n---\n# Tiny dataset\n\nRows for tests.\n',
    'data/train.csv': b'a,b\n1,2\n',
}
REPOS = {('models', 'cardwright-test/tiny-model'): MODEL_FILES,
         ('datasets', 'cardwright-test/tiny-dataset'): DATASET_FILES}
# repositories that answer with an error, as the Hub words them
ERRORS = {
    'cardwright-test/private': (401, 'RepoNotFound', 'Repository Not Found for url: {url}. Please make sure you specified the correct `repo_id` and `repo_type`. If you are trying to access a private or gated repo, make sure you are authenticated. Invalid credentials in Authorization header'),
    'cardwright-test/read-only': (403, None, 'You don\'t have the rights to create a commit on this repository'),
    'cardwright-test/missing': (404, 'RepoNotFound', 'Repository not found'),
    'cardwright-test/locked': (409, None, 'A commit is already in progress on this branch, please retry'),
    'cardwright-test/busy': (429, None, 'You have exceeded the rate limit for repository commits'),
}

log = []
state = {'sha': SHA0}


def git_blob_sha1(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


class Hub(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        hs = {'Content-Type': 'application/json' if not isinstance(body, bytes) else 'application/octet-stream'}
        hs.update(headers or {})
        self.send_response(status)
        for k, v in hs.items():
            self.send_header(k, v)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(data)
        body_text = data.decode('utf-8', 'replace') if hs['Content-Type'] == 'application/json' else None
        log[-1]['response'] = {'status': status, 'headers': hs,
                               'body': body_text if body_text is not None else None,
                               'body_base64': None if body_text is not None else base64.b64encode(data).decode()}

    def error(self, repo):
        status, code, message = ERRORS[repo]
        headers = {'X-Error-Message': message.split('.')[0]}
        if code:
            headers['X-Error-Code'] = code
        if status == 429:
            headers['Retry-After'] = '1'
        self.answer(status, {'error': message.format(url=self.path)}, headers)

    def handle_any(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else b''
        url = urlsplit(self.path)
        keep = {k: v for k, v in self.headers.items() if k.lower() in ('authorization', 'content-type')}
        log.append({'method': self.command, 'path': url.path, 'query': parse_qs(url.query),
                    'headers': keep, 'body': body.decode('utf-8', 'replace') if body else None})
        parts = [unquote(p) for p in url.path.split('/')]
        # /api/{models|datasets}/{org}/{name}/{revision|preupload|commit}/{rev}
        if parts[1:2] == ['api'] and len(parts) >= 7 and parts[2] in ('models', 'datasets'):
            kind, repo, action, rev = parts[2], parts[3] + '/' + parts[4], parts[5], parts[6]
            if repo in ERRORS and not (action == 'revision' and ERRORS[repo][0] in (403, 409, 429)):
                return self.error(repo)
            if self.headers.get('Authorization') != 'Bearer ' + TOKEN and action != 'revision':
                return self.answer(401, {'error': 'Invalid credentials in Authorization header'})
            files = REPOS.get((kind, repo))
            if files is None:
                files = MODEL_FILES
            if action == 'revision':
                return self.answer(200, {'id': repo, 'sha': state['sha'], 'private': False,
                                         'siblings': [{'rfilename': f} for f in sorted(files)]})
            if action == 'preupload':
                request = json.loads(body)
                return self.answer(200, {'files': [{'path': f['path'], 'uploadMode': 'regular', 'shouldIgnore': False,
                                                    'oid': git_blob_sha1(files[f['path']]) if f['path'] in files else None}
                                                   for f in request['files']], 'commitOid': state['sha']})
            if action == 'commit':
                header = json.loads(body.split(b'\n')[0])['value']
                if header.get('parentCommit') and header['parentCommit'] != state['sha']:
                    return self.answer(412, {'error': 'A commit has happened since. Please refresh and try again.'},
                                       {'X-Error-Message': 'A commit has happened since. Please refresh and try again.'})
                base = self_url(self) + ('' if kind == 'models' else '/datasets') + '/' + repo
                if parse_qs(url.query).get('create_pr') == ['1']:
                    return self.answer(200, {'success': True, 'commitOid': SHA_NEW,
                                             'commitUrl': base + '/commit/' + SHA_NEW,
                                             'hookOutput': '', 'pullRequestUrl': base + '/discussions/7'})
                return self.answer(200, {'success': True, 'commitOid': SHA_NEW, 'commitUrl': base + '/commit/' + SHA_NEW,
                                         'hookOutput': ''})
        if url.path == '/api/validate-yaml':
            return self.answer(200, {'errors': [], 'warnings': []})
        # /{org}/{name}/resolve/{rev}/{path} and /datasets/{org}/{name}/resolve/{rev}/{path}
        kind = 'models'
        if parts[1] == 'datasets':
            kind = 'datasets'
            parts = parts[1:]
        if len(parts) >= 6 and parts[3] == 'resolve':
            repo, path = parts[1] + '/' + parts[2], '/'.join(parts[5:])
            if repo in ERRORS:
                return self.error(repo)
            files = REPOS.get((kind, repo), {})
            if path not in files:
                return self.answer(404, {'error': 'Entry not found'}, {'X-Error-Code': 'EntryNotFound'})
            data = files[path]
            return self.answer(200, data, {'X-Repo-Commit': state['sha'], 'ETag': '"' + git_blob_sha1(data) + '"'})
        return self.answer(404, {'error': 'no such endpoint in the recorder: ' + url.path})

    do_GET = do_POST = do_HEAD = handle_any


def self_url(handler):
    return 'http://' + handler.headers.get('Host')


def scenario(name, action):
    log.clear()
    state['sha'] = SHA0
    outcome = {}
    try:
        result = action()
        outcome['result'] = result
    except Exception as e:  # what huggingface_hub raises is part of the recording
        outcome['raised'] = type(e).__name__ + ': ' + str(e).splitlines()[0]
    record = {'scenario': name, 'recorded_with': 'huggingface_hub ' + huggingface_hub.__version__,
              'exchanges': list(log), **outcome}
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(record, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(name, len(log), 'exchanges', outcome.get('raised', ''))


server = ThreadingHTTPServer(('127.0.0.1', 0), Hub)
threading.Thread(target=server.serve_forever, daemon=True).start()
os.environ['HF_ENDPOINT'] = 'http://127.0.0.1:%d' % server.server_port
os.environ['HF_TOKEN'] = TOKEN
os.environ['HF_HUB_DISABLE_TELEMETRY'] = '1'
os.environ['HF_HUB_ETAG_TIMEOUT'] = '5'
os.environ['HF_HUB_DISABLE_XET'] = '1'
import huggingface_hub  # noqa: E402  (reads HF_ENDPOINT when imported)
from huggingface_hub import HfApi, CommitOperationAdd, hf_hub_download  # noqa: E402

os.makedirs(OUT, exist_ok=True)
api = HfApi()
cache = tempfile.mkdtemp()
MODEL = 'cardwright-test/tiny-model'
DATASET = 'cardwright-test/tiny-dataset'


def pull(repo, repo_type):
    info = api.repo_info(repo, repo_type=repo_type, revision='main')
    got = {}
    for f in ['README.md', 'README_zh.md', '.eval_results/hle.yaml']:
        if f in [s.rfilename for s in info.siblings]:
            p = hf_hub_download(repo, f, repo_type=repo_type, revision=info.sha, cache_dir=cache)
            got[f] = open(p, encoding='utf-8').read()
    return {'sha': info.sha, 'files': got}


NEW_README = MODEL_FILES['README.md'].replace(b'For tests.\n', b'For tests and demos.\n')
NEW_EVAL = b'- dataset:\n    id: Idavidrein/gpqa\n    task_id: gpqa_diamond\n  value: 0.412\n'


def commit(repo, create_pr, parent=SHA0):
    info = api.create_commit(repo, [CommitOperationAdd('README.md', NEW_README),
                                    CommitOperationAdd('.eval_results/gpqa.yaml', NEW_EVAL)],
                             commit_message='Update model card', commit_description='Edited with Cardwright',
                             create_pr=create_pr, parent_commit=parent)
    return {'oid': info.oid, 'commit_url': info.commit_url, 'pr_url': info.pr_url}


scenario('pull-model', lambda: pull(MODEL, None))
scenario('pull-dataset', lambda: pull(DATASET, 'dataset'))
scenario('push-pr', lambda: commit(MODEL, True))
scenario('push-direct', lambda: commit(MODEL, False))
scenario('push-conflict', lambda: commit(MODEL, False, parent='fedcba9876543210fedcba9876543210fedcba98'))
scenario('error-401', lambda: api.repo_info('cardwright-test/private', revision='main'))
scenario('error-404', lambda: api.repo_info('cardwright-test/missing', revision='main'))
scenario('error-403', lambda: commit('cardwright-test/read-only', True))
scenario('error-409', lambda: commit('cardwright-test/locked', True))
scenario('error-429', lambda: commit('cardwright-test/busy', True))
server.shutdown()
