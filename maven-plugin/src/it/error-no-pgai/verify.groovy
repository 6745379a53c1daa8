def log = new File(basedir, 'build.log').text
assert log.contains('jooq-pgai: pgai is not installed in jdbc:postgresql://')
assert log.contains('(no ai.vectorizer table): run `pip install pgai==0.12.1 && pgai install -d <postgres-url>` against it')
return true
