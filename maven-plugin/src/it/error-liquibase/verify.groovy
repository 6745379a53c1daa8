def log = new File(basedir, 'build.log').text
assert log =~ /jooq-pgai: Liquibase changelog \S*changelog\.yaml failed at changeset changelog\.yaml::2-vectorizer-on-missing-column::sample: column_name in config does not exist in the table: body \[SQLSTATE P0001\]/
// the plugin stops the server it started (by its pid) and leaves one that was already running alone
def pidFile = new File('/tmp/plugin-it-embedded/data/postmaster.pid')
if (log.contains('jooq-pgai: starting PostgreSQL')) {
    assert log =~ /jooq-pgai: stopped server pid \d+/
    assert !pidFile.exists() : 'the embedded server this build started is still running'
} else {
    assert log.contains('jooq-pgai: reusing running server')
    assert pidFile.exists() : 'a server that was already running was stopped'
}
return true
