variable "name" {
  description = "Prefix of every resource name."
  type        = string
  default     = "resumax"
}

variable "region" {
  description = "AWS region."
  type        = string
  default     = "eu-west-1"
}

variable "vpc_id" {
  description = "VPC the database and Redis live in (the cluster that runs resuMAX must reach it)."
  type        = string
}

variable "private_subnet_ids" {
  description = "Private subnets (two or more availability zones) for RDS and ElastiCache."
  type        = list(string)
}

variable "app_security_group_id" {
  description = "Security group of the resuMAX pods or nodes; only it may reach PostgreSQL and Redis."
  type        = string
}

variable "public_url" {
  description = "RESUMAX_PUBLIC_URL, e.g. https://resumax.example.com: the origin allowed to upload to the bucket."
  type        = string
}

variable "mail_domain" {
  description = "Domain account email is sent from (verified in SES), e.g. resumax.example.com."
  type        = string
}

variable "db_instance_class" {
  type    = string
  default = "db.t4g.medium"
}

variable "db_allocated_storage_gb" {
  type    = number
  default = 20
}

variable "redis_node_type" {
  type    = string
  default = "cache.t4g.small"
}

variable "multi_az" {
  description = "Standby database and a Redis replica in a second availability zone."
  type        = bool
  default     = true
}
