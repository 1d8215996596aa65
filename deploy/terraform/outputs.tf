output "storage_url" {
  description = "RESUMAX_STORAGE_URL (ConfigMap)."
  value       = local.storage_url
}

output "bucket_name" {
  value = aws_s3_bucket.files.bucket
}

output "database_endpoint" {
  description = "PostgreSQL host:port (private)."
  value       = aws_db_instance.db.endpoint
}

output "redis_endpoint" {
  description = "Redis primary endpoint (private)."
  value       = "${aws_elasticache_replication_group.redis.primary_endpoint_address}:6379"
}

output "smtp_endpoint" {
  description = "SES SMTP relay (STARTTLS on 587)."
  value       = "${local.smtp_host}:587"
}

output "ses_verification_token" {
  description = "TXT record value for _amazonses.<mail_domain>."
  value       = aws_ses_domain_identity.mail.verification_token
}

output "ses_dkim_tokens" {
  description = "CNAME <token>._domainkey.<mail_domain> -> <token>.dkim.amazonses.com for each."
  value       = aws_ses_domain_dkim.mail.dkim_tokens
}

output "jwt_secret_arn" {
  value = aws_secretsmanager_secret.jwt_secret.arn
}

output "master_key_arn" {
  value = aws_secretsmanager_secret.master_key.arn
}

output "runtime_secret_arn" {
  description = "JSON secret with every secret RESUMAX_* variable."
  value       = aws_secretsmanager_secret.runtime.arn
}

output "database_url" {
  value     = local.database_url
  sensitive = true
}
