// The Liquibase changelog applied to the plugin's database, code generated from it, compiled, and the sample's test green.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jooq/com/example/db')
assert log.contains('jooq-pgai: applied 2 migrations from ') && log.contains('changelog.xml')
assert log =~ /jooq-pgai: generated 1 tables, 1 embedding views, 1 vectorizers, 4 hidden managed objects in \d+ ms/
assert new File(gen, 'tables/Blog.java').isFile()
assert new File(gen, 'tables/BlogEmbedding.java').isFile()
def vectorizers = new File(gen, 'Vectorizers.java')
assert vectorizers.isFile() && vectorizers.text.contains('blog_embedding_store') : 'no Vectorizers constant for the changelog\'s vectorizer'
assert !new File(gen, 'tables/Databasechangelog.java').exists() : 'Liquibase history table was generated'
assert !new File(gen, 'tables/Databasechangeloglock.java').exists() : 'Liquibase lock table was generated'
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.BlogEmbeddingTest.xml').text
assert report.contains('tests="1"') && report.contains('failures="0"') && report.contains('errors="0"') && report.contains('skipped="0"')
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
