# SKETCH of resuMAX's AWS backing services: S3 for files, RDS PostgreSQL 15, ElastiCache Redis 7,
# SES for account email, Secrets Manager for the shared secrets. Never applied from the project's
# development machines; review it (network, sizes, backups, who may read the secrets) first.
#
# There is deliberately no backend block: add your own (e.g. S3 + DynamoDB locking). The state
# holds the generated passwords and access keys, so it must be encrypted and access-controlled.
#
# The Kubernetes Secret `resumax-secrets` (deploy/kubernetes/secrets.example.yaml) has the same
# keys as the JSON secret "<name>/runtime" below, so an External Secrets operator can sync it.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }
}

provider "aws" {
  region = var.region
  default_tags {
    tags = {
      Application = var.name
      ManagedBy   = "terraform"
    }
  }
}

# ---------------------------------------------------------------------------------------------
# S3: resumes and exports. Private, encrypted, versioned, TLS only.

resource "aws_s3_bucket" "files" {
  bucket_prefix = "${var.name}-files-"
}

resource "aws_s3_bucket_ownership_controls" "files" {
  bucket = aws_s3_bucket.files.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "files" {
  bucket                  = aws_s3_bucket.files.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# resuMAX asks for SSE-S3 (x-amz-server-side-encryption: AES256) on every write; this is the
# bucket default for anything else. Use aws:kms with a customer key if policy demands it.
resource "aws_s3_bucket_server_side_encryption_configuration" "files" {
  bucket = aws_s3_bucket.files.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "files" {
  bucket = aws_s3_bucket.files.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Versions of deleted resumes must not outlive the account deletion promise for long.
resource "aws_s3_bucket_lifecycle_configuration" "files" {
  bucket = aws_s3_bucket.files.id
  rule {
    id     = "expire-old-versions"
    status = "Enabled"
    filter {}
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
  depends_on = [aws_s3_bucket_versioning.files]
}

# Browsers upload straight to the bucket through presigned PUT URLs.
resource "aws_s3_bucket_cors_configuration" "files" {
  bucket = aws_s3_bucket.files.id
  cors_rule {
    allowed_methods = ["PUT", "GET", "HEAD"]
    allowed_origins = [var.public_url]
    allowed_headers = ["*"]
    expose_headers  = ["ETag"]
    max_age_seconds = 3600
  }
}

data "aws_iam_policy_document" "files_tls_only" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.files.arn,
      "${aws_s3_bucket.files.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "files" {
  bucket     = aws_s3_bucket.files.id
  policy     = data.aws_iam_policy_document.files_tls_only.json
  depends_on = [aws_s3_bucket_public_access_block.files]
}

# resuMAX signs S3 requests with a static key pair (RESUMAX_S3_ACCESS_KEY_ID /
# RESUMAX_S3_SECRET_ACCESS_KEY), limited to this bucket.
resource "aws_iam_user" "app" {
  name = "${var.name}-app"
}

data "aws_iam_policy_document" "app_s3" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${aws_s3_bucket.files.arn}/*"]
  }
  statement {
    actions   = ["s3:ListBucket"]
    resources = [aws_s3_bucket.files.arn]
  }
}

resource "aws_iam_user_policy" "app_s3" {
  name   = "${var.name}-s3"
  user   = aws_iam_user.app.name
  policy = data.aws_iam_policy_document.app_s3.json
}

resource "aws_iam_access_key" "app" {
  user = aws_iam_user.app.name
}

# ---------------------------------------------------------------------------------------------
# RDS PostgreSQL 15: private, encrypted.

resource "random_password" "db" {
  length  = 32
  special = false # it goes into a postgres:// URL unescaped
}

resource "aws_db_subnet_group" "db" {
  name       = "${var.name}-db"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "db" {
  name        = "${var.name}-db"
  description = "PostgreSQL for resuMAX"
  vpc_id      = var.vpc_id
  ingress {
    description     = "PostgreSQL from resuMAX"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [var.app_security_group_id]
  }
}

resource "aws_db_instance" "db" {
  identifier                 = "${var.name}-db"
  engine                     = "postgres"
  engine_version             = "15"
  instance_class             = var.db_instance_class
  allocated_storage          = var.db_allocated_storage_gb
  max_allocated_storage      = var.db_allocated_storage_gb * 5
  storage_type               = "gp3"
  storage_encrypted          = true
  db_name                    = "resumax"
  username                   = "resumax"
  password                   = random_password.db.result
  db_subnet_group_name       = aws_db_subnet_group.db.name
  vpc_security_group_ids     = [aws_security_group.db.id]
  publicly_accessible        = false
  multi_az                   = var.multi_az
  backup_retention_period    = 7
  copy_tags_to_snapshot      = true
  auto_minor_version_upgrade = true
  deletion_protection        = true
  skip_final_snapshot        = false
  final_snapshot_identifier  = "${var.name}-db-final"
}

# ---------------------------------------------------------------------------------------------
# ElastiCache Redis 7: shared rate limits and live events.
# resuMAX's Redis client speaks plain redis:// (no TLS, so no AUTH token either): keep it in
# private subnets reachable only from the app's security group.

resource "aws_elasticache_subnet_group" "redis" {
  name       = "${var.name}-redis"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "redis" {
  name        = "${var.name}-redis"
  description = "Redis for resuMAX"
  vpc_id      = var.vpc_id
  ingress {
    description     = "Redis from resuMAX"
    from_port       = 6379
    to_port         = 6379
    protocol        = "tcp"
    security_groups = [var.app_security_group_id]
  }
}

resource "aws_elasticache_replication_group" "redis" {
  replication_group_id       = "${var.name}-redis"
  description                = "resuMAX rate limits and events"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = var.redis_node_type
  port                       = 6379
  parameter_group_name       = "default.redis7"
  num_cache_clusters         = var.multi_az ? 2 : 1
  automatic_failover_enabled = var.multi_az
  multi_az_enabled           = var.multi_az
  subnet_group_name          = aws_elasticache_subnet_group.redis.name
  security_group_ids         = [aws_security_group.redis.id]
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
}

# ---------------------------------------------------------------------------------------------
# SES: account email over SMTP with STARTTLS (port 587). Publish the verification and DKIM
# records from the outputs in DNS; new SES accounts start in the sandbox.

resource "aws_ses_domain_identity" "mail" {
  domain = var.mail_domain
}

resource "aws_ses_domain_dkim" "mail" {
  domain = aws_ses_domain_identity.mail.domain
}

resource "aws_iam_user" "smtp" {
  name = "${var.name}-smtp"
}

data "aws_iam_policy_document" "smtp" {
  statement {
    actions   = ["ses:SendRawEmail"]
    resources = [aws_ses_domain_identity.mail.arn]
  }
}

resource "aws_iam_user_policy" "smtp" {
  name   = "${var.name}-ses-send"
  user   = aws_iam_user.smtp.name
  policy = data.aws_iam_policy_document.smtp.json
}

resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

# ---------------------------------------------------------------------------------------------
# Secrets shared by every resuMAX process.

resource "random_password" "jwt_secret" {
  length  = 64
  special = false
}

resource "random_id" "master_key" {
  byte_length = 32 # .hex: 64 hex digits
}

resource "random_password" "metrics_token" {
  length  = 40
  special = false
}

resource "aws_secretsmanager_secret" "jwt_secret" {
  name                    = "${var.name}/jwt-secret"
  description             = "RESUMAX_JWT_SECRET: HS256 key of access tokens"
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret_version" "jwt_secret" {
  secret_id     = aws_secretsmanager_secret.jwt_secret.id
  secret_string = random_password.jwt_secret.result
}

# Never rotate casually: it seals queued mail and signs stored-file URLs.
resource "aws_secretsmanager_secret" "master_key" {
  name                    = "${var.name}/master-key"
  description             = "RESUMAX_MASTER_KEY: 64 hex digits"
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret_version" "master_key" {
  secret_id     = aws_secretsmanager_secret.master_key.id
  secret_string = random_id.master_key.hex
}

locals {
  database_url = "postgres://resumax:${random_password.db.result}@${aws_db_instance.db.address}:${aws_db_instance.db.port}/resumax?sslmode=require"
  redis_url    = "redis://${aws_elasticache_replication_group.redis.primary_endpoint_address}:6379"
  smtp_host    = "email-smtp.${var.region}.amazonaws.com"
  smtp_url     = "smtp://${aws_iam_access_key.smtp.id}:${urlencode(aws_iam_access_key.smtp.ses_smtp_password_v4)}@${local.smtp_host}:587"
  storage_url  = "s3://${aws_s3_bucket.files.bucket}?region=${var.region}"
}

# Every secret RESUMAX_* variable in one JSON secret, keyed like the Kubernetes Secret.
resource "aws_secretsmanager_secret" "runtime" {
  name                    = "${var.name}/runtime"
  description             = "resuMAX secret environment (same keys as the Kubernetes Secret resumax-secrets)"
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret_version" "runtime" {
  secret_id = aws_secretsmanager_secret.runtime.id
  secret_string = jsonencode({
    RESUMAX_JWT_SECRET           = random_password.jwt_secret.result
    RESUMAX_MASTER_KEY           = random_id.master_key.hex
    RESUMAX_DATABASE_URL         = local.database_url
    RESUMAX_REDIS_URL            = local.redis_url
    RESUMAX_SMTP_URL             = local.smtp_url
    RESUMAX_S3_ACCESS_KEY_ID     = aws_iam_access_key.app.id
    RESUMAX_S3_SECRET_ACCESS_KEY = aws_iam_access_key.app.secret
    RESUMAX_METRICS_TOKEN        = random_password.metrics_token.result
  })
}
