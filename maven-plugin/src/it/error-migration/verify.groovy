def log = new File(basedir, 'build.log').text
assert log =~ /jooq-pgai: migration V2__vectorizer_on_missing_column\.sql failed \(\S*V2__vectorizer_on_missing_column\.sql, line \d+\): column_name in config does not exist in the table: body \[SQLSTATE P0001\]/
assert !new File('/tmp/plugin-it-embedded/data/postmaster.pid').exists() : 'the embedded server is still running'
return true
